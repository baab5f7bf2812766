import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './support/fixtures';

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/e2e/harbour-article.html'), 'utf8');
const TITLE = 'Lantern Corps volunteers reach the outer islands';
const FILE = { name: 'harbour-article.html', content: ARTICLE };

test('edit an article’s metadata in the Info panel; the edits persist', async ({ library, page }) => {
  await library.importFile(FILE);
  await library.select(TITLE);
  const info = await library.openInfo();

  // What the page said, as captured.
  await expect(info.getByLabel('Outlet', { exact: true })).toHaveValue('The Veskaria Herald');
  await expect(info.getByLabel('Authors', { exact: true })).toHaveValue('Mira Castellane\nTomas Reyes');
  await expect(info.getByLabel('Published', { exact: true })).toHaveValue('2025-03-31T11:10:00+09:00');
  await expect(info.getByText(/2025, 11:10 UTC\+09:00$/)).toBeVisible();
  await expect(info.getByLabel('Language', { exact: true })).toHaveValue('en');
  await expect(info.getByLabel('Canonical URL', { exact: true })).toHaveValue('https://herald.example/national/2025/03/31/lantern-corps-islands');
  await expect(info.getByLabel('Dateline', { exact: true })).toHaveValue('PORT ELLERY —');

  // The capture record: the SHA-256 of the bytes as received.
  const sha = createHash('sha256').update(ARTICLE).digest('hex');
  await expect(info.locator('code.sha')).toHaveText(sha);
  await expect(info.getByRole('button', { name: 'Copy SHA-256' })).toBeVisible();

  await info.getByLabel('Outlet', { exact: true }).fill('Veskaria Herald (print edition)');
  await info.getByLabel('Authors', { exact: true }).fill('By Mira Castellane and Ana Lind');
  await info.getByRole('button', { name: 'Save' }).click();
  await expect(info.getByRole('button', { name: 'Save' })).toBeHidden();

  // The reader and the list show the edit at once…
  await expect(library.reader.getByText('By Mira Castellane and Ana Lind')).toBeVisible();
  await expect(library.row(TITLE)).toContainText('Veskaria Herald (print edition)');
  await expect(info.getByLabel('Authors', { exact: true })).toHaveValue('Mira Castellane\nAna Lind');

  // …and the library holds it.
  await page.reload();
  await library.select(TITLE);
  const reloaded = await library.openInfo();
  await expect(reloaded.getByLabel('Outlet', { exact: true })).toHaveValue('Veskaria Herald (print edition)');
  await expect(reloaded.getByLabel('Authors', { exact: true })).toHaveValue('Mira Castellane\nAna Lind');
});

test('an invalid date shows the core’s message beside the field; Escape cancels the edit', async ({ library }) => {
  await library.importFile(FILE);
  await library.select(TITLE);
  const info = await library.openInfo();

  const published = info.getByLabel('Published', { exact: true });
  await published.fill('31/03/2025');
  await published.press('Enter');
  await expect(info.getByRole('alert')).toHaveText('Dates are written like 2025-03-31 or 2025-03-31T11:10+09:00.');
  await expect(published).toHaveAttribute('aria-invalid', 'true');
  await expect(published).toHaveAccessibleDescription(/Dates are written like/);

  await published.press('Escape');
  await expect(published).toHaveValue('2025-03-31T11:10:00+09:00');
  await expect(info.getByRole('alert')).toHaveCount(0);
  await expect(info).toBeVisible();

  // With nothing to cancel, Escape closes the panel and the text has focus again.
  await published.press('Escape');
  await expect(info).toBeHidden();
  await expect(library.page.locator('#reader')).toBeFocused();
});

test('the I key opens and closes Info while the reader has focus', async ({ library, page }) => {
  await library.importFile(FILE);
  await library.select(TITLE);
  await page.locator('#reader').focus();
  await page.keyboard.press('i');
  await expect(library.infoPanel()).toBeFocused();
  await expect(library.reader.getByRole('button', { name: 'Info', exact: true })).toHaveAttribute('aria-pressed', 'true');

  // Typing an i into a field is typing, not a shortcut.
  await library.infoPanel().getByLabel('Section', { exact: true }).fill('National i');
  await expect(library.infoPanel()).toBeVisible();
  await library.infoPanel().getByLabel('Section', { exact: true }).press('Escape');

  await library.infoPanel().focus();
  await page.keyboard.press('i');
  await expect(library.infoPanel()).toBeHidden();
});

test('a second capture of the article: switch the reader between versions', async ({ library }) => {
  await library.importFile(FILE);
  await library.importFile(FILE, { newVersion: true });
  await expect(library.rows()).toHaveCount(1);
  await library.select(TITLE);

  const toolbar = library.reader.getByRole('toolbar');
  await toolbar.getByRole('button', { name: 'Version 2 of 2' }).click();
  const menu = library.page.getByRole('menu');
  await expect(menu.getByRole('menuitemradio')).toHaveCount(2);
  await expect(menu.getByRole('menuitemradio', { name: /Version 2/ })).toHaveAttribute('aria-checked', 'true');
  await menu.getByRole('menuitemradio', { name: /Version 1/ }).click();

  await expect(toolbar.getByRole('button', { name: 'Version 1 of 2' })).toBeVisible();
  await expect(library.reader.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(library.reader).toContainText('Forty teenagers stepped off the morning ferry');
});
