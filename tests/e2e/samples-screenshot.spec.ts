import { expect, test } from './support/fixtures';

test('load the sample dossier and capture the main window with a clipping open', async ({ library, page }) => {
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(library.rows()).toHaveCount(4);
  await library.select('Veskaria launches summer service programme for teenagers');
  await expect(library.reader.getByText('Sample', { exact: true })).toBeVisible();
  await expect(library.reader.locator('blockquote')).toContainText('a lantern passed from one generation to the next');
  await page.screenshot({ path: 'test-results/screenshots/main-window.png' });
});
