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

test('the bookmarklet from Settings clips the page as the browser shows it, and the library shows it on return', async ({ library, page, context }) => {
  const settings = await library.openSettings();
  const bookmarklet = await settings.getByRole('link', { name: 'Clip to Dossier' }).getAttribute('href');
  expect(bookmarklet).toMatch(/^javascript:/);
  await page.keyboard.press('Escape');

  // The news site in another tab; a script there adds a paragraph after load, as paywalled
  // sites do once the reader is signed in.
  const news = await context.newPage();
  await news.goto(`${site.origin}${ARTICLE_PATH}`);
  await news.evaluate(() => {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Subscribers also read that the lecture ended with a pledge of loyalty.';
    document.querySelector('.article-body')?.append(paragraph);
  });
  await news.evaluate((code) => {
    // What clicking the bookmark does: run its code in the page.
    new Function(decodeURIComponent(code.slice('javascript:'.length)))();
  }, bookmarklet!);
  await expect(news.getByText(/Clipped to Dossier/)).toBeVisible();

  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(library.row(HEADLINE)).toBeVisible();
  await library.select(HEADLINE);
  await expect(library.reader).toContainText('the lecture ended with a pledge of loyalty');
  await expect(library.reader.locator('.reader-byline')).toContainText('By Kim Jae-won and Lee Min-ji');
});
