import { expect, test } from './support/fixtures';
import { ARTICLE_PATH, startFixtureSite, type FixtureSite } from './support/fixture-site';

const HEADLINE = 'North Korea rallies instructors to instill loyalty to Kim Jong-un in children';

let site: FixtureSite;
test.beforeEach(async () => {
  site = await startFixtureSite();
});
test.afterEach(async () => {
  await site.close();
});

/** What an analyst checks first: the headline, who wrote it, when, where, and the photo with its caption. */
async function expectArticleInReader(library: import('./support/library-page').LibraryPage) {
  const reader = library.reader;
  await expect(reader.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible();
  await expect(reader.locator('.reader-byline')).toContainText('By Kim Jae-won and Lee Min-ji');
  await expect(reader.locator('.reader-byline')).toContainText('Korea JoongAng Daily');
  await expect(reader.locator('.reader-byline time').first()).toHaveAttribute('datetime', '2025-03-31T11:10:00+09:00');
  const figure = reader.locator('figure').first();
  await expect(figure.locator('img')).toHaveAttribute('src', /^media\/[0-9a-f]{64}$/);
  await expect(figure.locator('img')).toHaveJSProperty('naturalWidth', 400);
  await expect(figure.locator('figcaption')).toContainText("Instructors of the children's union gather in Pyongyang");
  await expect(reader).toContainText('known as the "Red Necktie" unit');
  for (const boilerplate of ['Accept all', 'Subscribe', 'Read more', 'Seoul markets close higher', 'All rights reserved']) {
    await expect(reader).not.toContainText(boilerplate);
  }
}

test('clip a page by its address: the reader shows headline, byline, date, outlet, and the photo from local storage', async ({ library, page }) => {
  const offHost: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(page.url()).origin)) offHost.push(request.url());
  });
  await library.clipLinks([`${site.origin}${ARTICLE_PATH}`]);
  await expect(library.row(HEADLINE)).toBeVisible();
  await expectArticleInReader(library);
  // The photo was fetched once, by the core; the browser never asked the site for anything.
  expect(site.requests.filter((path) => path === '/images/instructors.png')).toHaveLength(1);
  expect(offHost).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/clip-by-url.png' });
});

test('drop a link on the window to clip it', async ({ library }) => {
  await library.dropLink(`${site.origin}${ARTICLE_PATH}?utm_source=newsletter`);
  await expect(library.row(HEADLINE)).toBeVisible();
  await library.select(HEADLINE);
  await expectArticleInReader(library);
});

test('clipping the same article again asks; keeping it makes version 2 and the library still lists it once', async ({ library, page }) => {
  await library.clipLinks([`${site.origin}${ARTICLE_PATH}`]);
  await expect(library.row(HEADLINE)).toBeVisible();

  const addDialog = await library.submitLinks([`${site.origin}${ARTICLE_PATH}#comments`]);
  const prompt = page.getByRole('dialog', { name: 'Already in your library' });
  await expect(prompt).toContainText('same address');
  await prompt.getByRole('button', { name: 'Keep as new version' }).click();
  await expect(page.getByText(`Saved version 2 of “${HEADLINE}”`).first()).toBeVisible();
  await expect(addDialog).toBeHidden();
  await expect(library.rows()).toHaveCount(1);

  await library.submitLinks([`${site.origin}${ARTICLE_PATH}`]);
  await prompt.getByRole('button', { name: 'Open existing' }).click();
  await expect(prompt).toBeHidden();
  await expect(addDialog).toBeHidden();
  await expect(library.rows()).toHaveCount(1);
});

test('a list of links imports with a report: the article is clipped, a home page and a missing page are explained', async ({ library }) => {
  await library.clipLinks([`${site.origin}${ARTICLE_PATH}`, `${site.origin}/`, `${site.origin}/news/missing`]);
  const report = library.importPanel();
  await expect(report).toContainText('Import finished');
  await expect(report).toContainText('1 clipped · 2 failed');
  await expect(report.getByRole('listitem').nth(0)).toContainText('Clipped');
  await expect(report.getByRole('listitem').nth(1)).toContainText(/Failed.*No article was found.*home page/);
  await expect(report.getByRole('listitem').nth(2)).toContainText(/Failed.*not found/i);
  await expect(report.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '3');
  await expect(library.rows()).toHaveCount(1);
  await library.page.screenshot({ path: 'test-results/screenshots/import-report.png' });
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(report).toBeHidden();
});

test('the Add dialog opens on Link; several addresses say they will be imported with a report', async ({ library, page }) => {
  await page.getByRole('button', { name: 'Add clipping' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add clipping' });
  await expect(dialog.getByRole('tab', { name: 'Link' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByLabel('Web address')).toBeFocused();
  await dialog.getByLabel('Web address').fill(`${site.origin}${ARTICLE_PATH}\n${site.origin}/news/2\nnot-a-link`);
  await expect(dialog).toContainText('2 links: they are imported one after another, with a report.');
  await expect(dialog).toContainText('Not web addresses, skipped: not-a-link');
  await expect(dialog.getByLabel('Title')).toBeDisabled();
  await page.screenshot({ path: 'test-results/screenshots/add-links.png' });
  await page.keyboard.press('Escape');
  await expect(library.rows()).toHaveCount(0);
});
