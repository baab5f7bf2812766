import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './support/fixtures';

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/e2e/harbour-article.html'), 'utf8');

test('a figure saved at capture shows from the library, with its caption; a remote one stays a placeholder', async ({ library, page, server }) => {
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== server.origin) foreignRequests.push(request.url());
  });
  await library.importFile({ name: 'harbour-article.html', content: ARTICLE });
  await library.select('Lantern Corps volunteers reach the outer islands');

  const figure = library.reader.locator('figure').first();
  const image = figure.getByRole('img', { name: 'Volunteers on the north quay' });
  await expect(image).toHaveAttribute('src', /^media\/[0-9a-f]{64}$/);
  await expect(image).toHaveJSProperty('complete', true);
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(48);
  await expect(figure.locator('figcaption')).toHaveText('Volunteers on the north quay at Port Ellery.');

  const remote = library.reader.locator('figure').nth(1);
  await expect(remote.getByRole('img')).toHaveCount(0);
  await expect(remote.locator('.figure-placeholder')).toHaveText('Image: The quay from the water');
  expect(foreignRequests).toEqual([]);
});
