import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './support/fixtures';

const JOONGANG = readFileSync(resolve(import.meta.dirname, '../fixtures/capture/joongang-red-necktie-2025-03-31.txt'), 'utf8');

test('drop a text file on the window and read it', async ({ library }) => {
  await library.dropFiles([{ name: 'joongang-red-necktie.txt', type: 'text/plain', content: JOONGANG }]);
  const title = 'North Korea rallies instructors to instill loyalty to Kim Jong-un in children';
  await expect(library.row(title)).toBeVisible();
  await library.select(title);
  await expect(library.reader).toContainText('known as the "Red Necktie" unit');
});

test('drop a Markdown file and an unsupported file: one is clipped, the other explained in the import report', async ({ library }) => {
  await library.dropFiles([
    { name: 'brief.md', type: 'text/markdown', content: '# Lantern Corps brief\n\nThe **ministry** expects forty thousand volunteers.\n' },
    { name: 'photo.png', type: 'image/png', content: '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR' },
  ]);
  await expect(library.row('Lantern Corps brief')).toBeVisible();
  const report = library.importPanel();
  await expect(report.getByRole('listitem').filter({ hasText: 'photo.png' })).toContainText(/Failed.*can't be clipped/);
  await expect(report).toContainText('1 clipped · 1 failed');
  await expect(library.rows()).toHaveCount(1);
});

test('choose a file in the Add clipping dialog', async ({ library, page }) => {
  await page.getByRole('button', { name: 'Add clipping' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('tab', { name: /file/i }).click();
  await dialog.getByLabel('Choose files').setInputFiles({
    name: 'wire.html',
    mimeType: 'text/html',
    buffer: Buffer.from('<html><head><title>Wire copy</title></head><body><h1>Wire copy</h1><p>Forty thousand volunteers.</p></body></html>'),
  });
  await expect(library.row('Wire copy')).toBeVisible();
});

test('an empty file and a 21 MB page are refused with messages that name them; nothing is stored', async ({ library, page }) => {
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(library.rows()).toHaveCount(4);
  await library.dropFiles([
    { name: 'empty.txt', type: 'text/plain', content: '' },
    { name: 'huge.html', type: 'text/html', content: `<p>${'x'.repeat(21 * 1024 * 1024)}</p>` },
  ]);
  const report = library.importPanel();
  await expect(report.getByRole('listitem').filter({ hasText: 'empty.txt' })).toContainText(/Failed.*empty/);
  await expect(report.getByRole('listitem').filter({ hasText: 'huge.html' })).toContainText(/Failed.*21\.0 MB/);
  await expect(library.rows()).toHaveCount(4);
});
