import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './support/fixtures';

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/e2e/harbour-article.html'), 'utf8');
const TITLE = 'Lantern Corps volunteers reach the outer islands';

test('capture the reader with Info open, the versions menu and the Original dialog', async ({ library, page }) => {
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(library.rows()).toHaveCount(4);
  await library.importFile({ name: 'harbour-article.html', content: ARTICLE });
  await library.importFile({ name: 'harbour-article.html', content: ARTICLE }, { newVersion: true });
  await library.select(TITLE);
  const figure = library.reader.getByRole('img', { name: 'Volunteers on the north quay' });
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/reader-figure.png' });

  const info = await library.openInfo();
  await info.getByLabel('Published', { exact: true }).fill('31/03/2025');
  await info.getByLabel('Outlet', { exact: true }).fill('The Veskaria Herald (print)');
  await info.getByRole('button', { name: 'Save' }).click();
  await expect(info.getByRole('alert')).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'test-results/screenshots/reader-info-panel.png' });

  await info.getByLabel('Published', { exact: true }).press('Escape');
  await library.reader.getByRole('toolbar').getByRole('button', { name: 'Version 2 of 2' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/reader-versions-menu.png' });
  await page.keyboard.press('Escape');

  // A small window: the toolbar keeps to icons, the panel floats over the text.
  await page.setViewportSize({ width: 960, height: 700 });
  await page.screenshot({ path: 'test-results/screenshots/reader-info-narrow.png' });
  await page.setViewportSize({ width: 1280, height: 800 });

  const dialog = await library.openOriginal();
  await expect(dialog.frameLocator('iframe').getByText('Forty teenagers stepped off')).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'test-results/screenshots/original-dialog.png' });
});
