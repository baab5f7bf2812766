import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './support/fixtures';

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/e2e/harbour-article.html'), 'utf8');
const TITLE = 'Lantern Corps volunteers reach the outer islands';

test('view the original: the page’s text, its capture record, no script, nothing from the network', async ({ library, page, server }) => {
  await library.importFile({ name: 'harbour-article.html', content: ARTICLE });
  await library.select(TITLE);

  const foreignRequests: string[] = [];
  const dialogs: string[] = [];
  const policyViolations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== server.origin) foreignRequests.push(request.url());
  });
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) policyViolations.push(message.text());
  });

  const dialog = await library.openOriginal();
  await expect(dialog.locator('code.sha')).toHaveText(createHash('sha256').update(ARTICLE).digest('hex'));
  await expect(dialog.getByText(/^\d+(\.\d)? KB$/)).toBeVisible();

  const iframe = dialog.locator('iframe');
  await expect(iframe).toHaveAttribute('title', 'Original page (scripts off, offline)');
  await expect(iframe).toHaveAttribute('sandbox', '');
  await expect(iframe).toHaveAttribute('referrerpolicy', 'no-referrer');

  const original = dialog.frameLocator('iframe');
  await expect(original.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(original.getByText('Forty teenagers stepped off the morning ferry')).toBeVisible();
  // The image saved at capture shows, from inline data.
  await expect(original.getByRole('img', { name: 'Volunteers on the north quay' })).toHaveJSProperty('complete', true);
  expect(await original.getByRole('img', { name: 'Volunteers on the north quay' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(48);

  // Give anything that might run or load (scripts, DOMContentLoaded, images) time to.
  await page.waitForTimeout(1500);
  await expect(original.locator('#script-ran')).toHaveCount(0);
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  expect(await frame?.title()).toBe('Lantern Corps volunteers reach the islands | The Veskaria Herald');
  expect(dialogs).toEqual([]);
  expect(foreignRequests).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(library.reader.getByRole('toolbar').getByRole('button', { name: 'Original' })).toBeFocused();
  // The renderer's own policy (frame-src 'none') does not stop a srcdoc frame, and the page asked for nothing it refused.
  expect(policyViolations).toEqual([]);
});

test('the frame’s own sandbox stops a script, even one the core had failed to remove', async ({ library, page }) => {
  await library.importFile({ name: 'harbour-article.html', content: ARTICLE });
  await library.select(TITLE);

  // Stand in for a core that let a script through: the renderer's sandbox must hold on its own.
  await page.route('**/api/clippings.original', async (route) => {
    const response = await route.fetch();
    const envelope = (await response.json()) as { ok: true; result: { html: string } };
    envelope.result.html = envelope.result.html
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '')
      .replace('</body>', '<script>document.title = "SCRIPT RAN"; document.body.insertAdjacentHTML("beforeend", "<p id=script-ran>ran</p>");</script></body>');
    await route.fulfill({ response, json: envelope });
  });
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/sandboxed and the 'allow-scripts' permission is not set/.test(message.text())) blocked.push(message.text());
  });

  const dialog = await library.openOriginal();
  const original = dialog.frameLocator('iframe');
  await expect(original.getByText('Forty teenagers stepped off the morning ferry')).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(original.locator('#script-ran')).toHaveCount(0);
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  expect(await frame?.title()).not.toBe('SCRIPT RAN');
  expect(blocked.length).toBeGreaterThan(0);
});
