import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './support/fixtures';

const HOSTILE = readFileSync(resolve(import.meta.dirname, '../fixtures/hostile-article.html'), 'utf8');

test('a hostile page is clipped inert: no script runs, nothing leaves 127.0.0.1', async ({ library, page, server }) => {
  const dialogs: string[] = [];
  const foreignRequests: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== server.origin) foreignRequests.push(request.url());
  });

  await library.dropFiles([{ name: 'hostile-article.html', type: 'text/html', content: HOSTILE }]);
  await expect(library.rows()).toHaveCount(1);
  await library.rows().first().click();
  await expect(library.reader.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(library.reader.locator('p').first()).toBeVisible();

  // Give anything that might fire (onerror, onload, meta refresh, timers) time to do so.
  await page.waitForTimeout(1500);

  expect(dialogs).toEqual([]);
  expect(foreignRequests).toEqual([]);
  expect(page.url().startsWith(server.origin)).toBe(true);
  // The clipped document as the reader renders it (tiptap's ProseMirror view).
  const inert = await library.reader.locator('.ProseMirror').evaluate((reader) => ({
    scripts: reader.querySelectorAll('script, iframe, object, embed, svg, form, input, button, style, link, meta, base').length,
    handlers: [...reader.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on'))).length,
    scriptLinks: [...reader.querySelectorAll('a')].filter((a) => !/^(https?|mailto):/.test(a.getAttribute('href') ?? 'https:')).length,
  }));
  expect(inert).toEqual({ scripts: 0, handlers: 0, scriptLinks: 0 });
});
