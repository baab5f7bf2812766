import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import MarkdownIt from 'markdown-it';
import { expect, test } from './support/fixtures';
import { selectText } from './support/select-text';
import { SidebarPage } from './support/sidebar-page';
import { parseCsv } from '../helpers/parse-csv';

const WIRE = 'Veskaria launches summer service programme for teenagers';
const WIRE_LINK = 'https://meridianwire.example/world/veskaria-youth-service-20250614';
const QUOTE = 'Every young citizen will spend one summer in service of the nation';
const COMMENT = 'The promise itself; the Ledger quotes it too.';
const HIGHLIGHT = 'It did not say whether taking part would be compulsory';

/** Chooses a menu item that saves a file; the downloaded file's text. */
async function download(page: Page, item: Locator): Promise<string> {
  const downloaded = page.waitForEvent('download');
  await item.click();
  return readFileSync(await (await downloaded).path(), 'utf8');
}

test('export a clipping’s annotations as Markdown from the Annotations panel, a collection’s as CSV from its menu; none says so', async ({ library, page }) => {
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(library.rows()).toHaveCount(4);
  await library.select(WIRE);
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });

  // A quote with its speaker and a comment, then a plain highlight.
  await selectText(page, QUOTE);
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('q');
  await panel.getByLabel('Speaker').fill('Ilse Drovan');
  await panel.getByLabel('Comment').fill(COMMENT);
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.locator('.annotation-card', { hasText: QUOTE })).toContainText(COMMENT);
  await selectText(page, HIGHLIGHT);
  await page.keyboard.press('2');
  await expect(panel.locator('.annotation-card')).toHaveCount(2);

  // The panel's Export menu: Markdown with the quote, comment, speaker and link.
  await panel.getByRole('button', { name: 'Export' }).click();
  const markdown = await download(page, page.getByRole('menuitem', { name: 'Annotations as Markdown' }));
  expect(markdown).toContain(`## ${WIRE}`);
  expect(markdown).toContain(`> ${QUOTE}`);
  expect(markdown).toContain(COMMENT);
  expect(markdown).toContain('speaker: Ilse Drovan');
  expect(new MarkdownIt().render(markdown)).toContain(`<a href="${WIRE_LINK}">`);
  expect(markdown).toContain(`> ${HIGHLIGHT}`);
  await expect(page.locator('.toast', { hasText: /^Saved annotations-veskaria-launches-summer-service-programme-for-teenagers-[\d-]+\.md — 2 annotations/ })).toBeVisible();
  await expect(page.locator('.toast[data-kind="progress"]')).toHaveCount(0);

  // The clipping in a collection; the collection's menu exports its annotations as CSV.
  const sidebar = new SidebarPage(page);
  await sidebar.newCollection('Youth policy');
  await library.row(WIRE).dragTo(sidebar.collection('Youth policy'));
  await sidebar.expectCount(sidebar.collection('Youth policy'), 1);
  await sidebar.collection('Youth policy').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Export annotations' }).click();
  // The core's answer is held back until the progress shows.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/annotations.export', async (route) => {
    await held;
    await route.continue();
  });
  const downloaded = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'CSV' }).click();
  await expect(page.locator('.toast[data-kind="progress"]')).toHaveText('Exporting the annotations of “Youth policy”…');
  release();
  const csv = parseCsv(readFileSync(await (await downloaded).path(), 'utf8').replace(/^\uFEFF/, ''));
  expect(csv).toHaveLength(3);
  const [header, ...rows] = csv;
  const column = (name: string) => header!.indexOf(name);
  expect(rows.map((row) => row[column('quote')])).toEqual([QUOTE, HIGHLIGHT]);
  expect(rows.map((row) => row[column('speaker')])).toEqual(['Ilse Drovan', '']);
  expect(rows.map((row) => row[column('comment')])).toEqual([COMMENT, '']);
  expect(rows.every((row) => row[column('url')] === WIRE_LINK && row[column('clipping_title')] === WIRE)).toBe(true);
  await expect(page.locator('.toast', { hasText: /^Saved annotations-youth-policy-[\d-]+\.csv — 2 annotations/ })).toBeVisible();

  // A collection whose clippings have no annotations: said, and nothing downloaded.
  let downloads = 0;
  page.on('download', () => downloads++);
  await sidebar.newCollection('Unread briefs');
  await sidebar.view('Library').click();
  await library.row('Parents say they were not consulted on new youth service scheme').dragTo(sidebar.collection('Unread briefs'));
  await sidebar.expectCount(sidebar.collection('Unread briefs'), 1);
  await sidebar.collection('Unread briefs').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Export annotations' }).click();
  await page.getByRole('menuitem', { name: 'Markdown' }).click();
  await expect(page.locator('.toast', { hasText: '“Unread briefs” has no annotations to export' })).toContainText('Nothing was saved.');
  expect(downloads).toBe(0);

  // A clipping without annotations has nothing to export from its panel.
  await library.select('Parents say they were not consulted on new youth service scheme');
  await expect(panel.getByRole('button', { name: 'Export' })).toBeDisabled();
});
