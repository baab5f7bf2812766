import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { callApi } from './support/api';
import { ComparePage } from './support/compare-page';
import { expect, test } from './support/fixtures';

const WIRE = 'Veskaria launches summer service programme for teenagers';

test('the Related panel lists the other coverage of a story with labels, and compares the closest', async ({ library, page }) => {
  await callApi(page, 'samples.load', {});
  await page.reload();
  await library.select(WIRE);
  await library.reader.getByRole('toolbar').getByRole('button', { name: 'Related' }).click();

  const panel = page.getByRole('complementary', { name: 'Related coverage' });
  const items = panel.getByRole('list', { name: 'Other coverage' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText(/same story|near-copy|related/);
  // The closest are ticked for comparison; at most three beside this one.
  const ticked = await panel.getByRole('checkbox', { checked: true }).count();
  expect(ticked).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/screenshots/related-panel.png' });

  // R closes and opens it from the reader.
  await library.reader.getByRole('heading', { level: 1, name: WIRE }).click();
  await page.keyboard.press('r');
  await expect(panel).toBeHidden();
  await page.keyboard.press('r');
  await expect(panel).toBeVisible();

  // Compare puts this clipping beside the ticked ones.
  await panel.getByRole('button', { name: `Compare with ${ticked}` }).click();
  const compare = new ComparePage(page);
  await expect(compare.sources()).toHaveCount(ticked + 1);
  await expect(compare.sources().first()).toContainText(WIRE);
  await page.keyboard.press('Escape');
  await expect(compare.view).toBeHidden();

  // A title opens that clipping.
  const other = items.nth(1).getByRole('button');
  const otherTitle = (await other.textContent())!;
  await other.click();
  await expect(library.reader.getByRole('heading', { level: 1, name: otherTitle })).toBeVisible();
});

test('the versions menu compares two captures of one article', async ({ library, page }) => {
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures/e2e/harbour-article.html'), 'utf8');
  await library.importFile({ name: 'harbour-article.html', content: html });
  const edited = html.replace('had asked for help first.', 'had asked for help first. The council later corrected this figure.');
  expect(edited).not.toBe(html);
  await library.importFile({ name: 'harbour-article.html', content: edited }, { newVersion: true });
  await library.select('Lantern Corps volunteers reach the outer islands');

  await library.reader.getByRole('button', { name: /Version 2 of 2/ }).click();
  await page.getByRole('menuitem', { name: 'Compare with version 1' }).click();
  const compare = new ComparePage(page);
  await expect(compare.view.getByText(/Versions of/)).toBeVisible();
  await expect(compare.sources()).toHaveCount(2);
  // The corrected sentence is the change between the captures.
  await expect(compare.view.locator('ins', { hasText: 'The council later corrected this figure' })).toBeVisible();
});

test('a comparison exports as Markdown and as one HTML file, with the sources and their passages', async ({ library, page }) => {
  await callApi(page, 'samples.load', {});
  await page.reload();
  await library.select(WIRE);
  await library.reader.getByRole('toolbar').getByRole('button', { name: 'Related' }).click();
  await page.getByRole('complementary', { name: 'Related coverage' }).getByRole('button', { name: /^Compare with/ }).click();
  const compare = new ComparePage(page);
  await expect(compare.sources().first()).toContainText(WIRE);

  for (const [label, pattern] of [
    ['Markdown (.md)', /\.md$/],
    ['Web page (.html)', /\.html$/],
  ] as const) {
    await compare.view.getByRole('button', { name: 'Export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: label }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(pattern);
    const content = readFileSync((await file.path())!, 'utf8');
    expect(content).toContain(WIRE);
    expect(content).toContain('Every young citizen will spend one summer');
  }
});
