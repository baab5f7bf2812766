import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AnnotationsPage } from './support/annotations-page';
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

/** The README’s picture of reading and annotating: highlights in four colours, a quote with its speaker, a page note, the Annotations panel. */
test('screenshot: the reader with highlights and the Annotations panel', async ({ library, page }) => {
  const SHOT = 'test-results/screenshots/reader-annotations.png';
  await library.importFile({ name: 'harbour-article.html', content: ARTICLE });
  const annotations = new AnnotationsPage(page);
  await annotations.create([
    { clipping: TITLE, comment: 'Compare the figures with the ministry’s own release.' },
    { clipping: TITLE, quote: 'repairing footpaths and teaching in village schools', color: 2, kind: 'fact' },
    { clipping: TITLE, quote: 'forty thousand volunteers', color: 1, kind: 'claim', comment: 'Official estimate; no source given.', tags: ['Veskaria/Youth policy'] },
    { clipping: TITLE, quote: 'had asked for help first', color: 3 },
    { clipping: TITLE, quote: '“We did not expect so many,”', color: 4, kind: 'quote', speaker: 'the harbour master' },
  ]);
  await page.reload();
  await library.select(TITLE);
  await library.reader.getByRole('toolbar', { name: 'Clipping actions' }).getByRole('button', { name: /Annotations/ }).click();
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  await expect(panel.locator('.annotation-card')).toHaveCount(5);
  // The body from its first line: every highlight in view.
  const marks = library.reader.locator('.annotation-mark');
  await library.reader.locator('.document p').first().evaluate((first) => first.scrollIntoView({ block: 'start' }));
  for (let i = 0; i < 4; i++) await expect(marks.nth(i)).toBeInViewport();
  await page.mouse.move(640, 790);
  await page.screenshot({ path: SHOT });
  if (process.env.DOSSIER_UPDATE_DOCS_SCREENSHOTS) {
    mkdirSync('docs/screenshots', { recursive: true });
    copyFileSync(SHOT, 'docs/screenshots/reader-annotations.png');
  }

  // The same in the dark theme, to look at the highlights' contrast.
  await page.evaluate(() => localStorage.setItem('dossier.reading', JSON.stringify({ theme: 'dark' })));
  await page.reload();
  await library.select(TITLE);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  if (!(await panel.isVisible())) await library.reader.getByRole('toolbar', { name: 'Clipping actions' }).getByRole('button', { name: /Annotations/ }).click();
  await expect(panel.locator('.annotation-card')).toHaveCount(5);
  await library.reader.locator('.document p').first().evaluate((first) => first.scrollIntoView({ block: 'start' }));
  await page.mouse.move(640, 790);
  await page.screenshot({ path: 'test-results/screenshots/reader-annotations-dark.png' });
});
