import { expect, test } from './support/fixtures';

test('theme before first paint', async ({ library, page }) => {
  await page.evaluate(() => localStorage.setItem('dossier.reading', JSON.stringify({ theme: 'dark' })));
  await page.addInitScript(() => {
    const w = window as unknown as { themeAt?: number };
    new MutationObserver(() => {
      if (w.themeAt === undefined && document.documentElement.dataset.theme) w.themeAt = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-theme'] });
  });
  for (let i = 0; i < 5; i += 1) {
    await page.reload();
    await expect(page.getByRole('button', { name: 'Add clipping' })).toBeVisible();
    const result = await page.evaluate(() => ({
      themeAt: (window as unknown as { themeAt?: number }).themeAt,
      paints: performance.getEntriesByType('paint').map((entry) => `${entry.name}=${entry.startTime.toFixed(1)}`),
    }));
    console.log(JSON.stringify(result));
  }
});
