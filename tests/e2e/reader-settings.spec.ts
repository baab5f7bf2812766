import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import type { LibraryPage } from './support/library-page';

const SAMPLE = 'Veskaria launches summer service programme for teenagers';
const LONG_TITLE = 'The long history of the northern ferries';

/** A ~20,000-word article: 400 paragraphs of 50 words, a heading every 20. */
function longArticle(): string {
  const vocabulary = 'harbour ferry island council winter route crossing passengers timetable captain weather season village mainland cargo tide lighthouse subsidy ministry report'.split(' ');
  let seed = 7;
  const word = () => vocabulary[(seed = (seed * 48271) % 2147483647) % vocabulary.length];
  const paragraphs: string[] = [];
  for (let i = 0; i < 400; i += 1) {
    if (i % 20 === 0) paragraphs.push(`<h2>Part ${i / 20 + 1}</h2>`);
    paragraphs.push(`<p>Paragraph ${i + 1}. ${Array.from({ length: 48 }, word).join(' ')}.</p>`);
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${LONG_TITLE}</title></head>
<body><article><h1>${LONG_TITLE}</h1>${paragraphs.join('\n')}</article></body></html>`;
}

function readerScroll(page: Page): Locator {
  return page.locator('.reader-scroll');
}

/** The paragraph at the top of the reader's view. */
function firstVisibleParagraph(page: Page): Promise<string> {
  return readerScroll(page).evaluate((scroller) => {
    const top = scroller.getBoundingClientRect().top;
    const paragraph = [...scroller.querySelectorAll('.document > p')].find((block) => block.getBoundingClientRect().bottom > top);
    return paragraph?.textContent?.split('.')[0] ?? '';
  });
}

async function openSettings(library: LibraryPage): Promise<Locator> {
  await library.reader.getByRole('toolbar').getByRole('button', { name: 'Reading settings' }).click();
  const menu = library.page.getByRole('menu', { name: 'Reading settings' });
  await expect(menu).toBeVisible();
  return menu;
}

const documentText = (library: LibraryPage) => library.reader.getByRole('document', { name: 'Clipping text' });

test('text size, column width and a dark theme that covers the window and survives a reload', async ({ library, page }) => {
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(library.rows()).toHaveCount(4);
  await library.select(SAMPLE);
  // A CSS locator: while the menu is open, Radix hides the rest of the page from the accessibility tree.
  const text = page.locator('.reader-scroll .document');
  await expect(text).toHaveCSS('font-size', '17px');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'test-results/screenshots/reader-light.png' });

  const menu = await openSettings(library);
  await menu.getByRole('menuitem', { name: /^Larger text/ }).click();
  await expect(text).toHaveCSS('font-size', '18px');
  const column = page.locator('.reader-column');
  // The measure is in characters of the reading face; a small window may hold less than it.
  const measure = () => column.evaluate((element) => parseFloat(getComputedStyle(element).maxWidth));
  const medium = await measure();
  await menu.getByRole('menuitemradio', { name: 'Narrow' }).click();
  await expect.poll(measure).toBeLessThan(medium - 60);
  await expect(menu.getByRole('menuitemradio', { name: 'Narrow' })).toHaveAttribute('aria-checked', 'true');

  // The menu works from the keyboard: arrows move, Enter chooses and keeps the menu open.
  // (The pointer leaves the menu first: Radix highlights the item under a moving pointer.)
  await page.mouse.move(0, 0);
  await menu.getByRole('menuitemradio', { name: 'Narrow' }).focus();
  await expect(menu.getByRole('menuitemradio', { name: 'Narrow' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitemradio', { name: 'Medium' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitemradio', { name: 'Wide' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitemradio', { name: 'Wide' })).toHaveAttribute('aria-checked', 'true');
  await expect.poll(measure).toBeGreaterThan(medium + 60);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  // Ctrl + = / - / 0 while the reader has focus.
  await readerScroll(page).focus();
  await page.keyboard.press('Control+=');
  await expect(text).toHaveCSS('font-size', '20px');
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  await expect(text).toHaveCSS('font-size', '17px');
  await page.keyboard.press('Control+=');
  await page.keyboard.press('Control+0');
  await expect(text).toHaveCSS('font-size', '17px');

  const dark = await openSettings(library);
  await dark.getByRole('menuitemradio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(27, 28, 32)');
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'test-results/screenshots/reader-settings-menu-dark.png' });
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Add clipping' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(27, 28, 32)');
  await library.select(SAMPLE);
  await expect(documentText(library)).toHaveCSS('font-size', '17px');
  await expect(readerScroll(page)).toHaveAttribute('data-width', 'wide');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'test-results/screenshots/reader-dark.png' });

  const after = await openSettings(library);
  await expect(after.getByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
  await after.getByRole('menuitemradio', { name: 'Light' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
});

test('System follows the platform colour scheme, also when it changes', async ({ library, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await library.select(SAMPLE);
  const menu = await openSettings(library);
  await expect(menu.getByRole('menuitemradio', { name: 'Match system' })).toHaveAttribute('aria-checked', 'true');
});

test('each clipping reopens where it was left; one never read opens at the top', async ({ library, page }) => {
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(library.rows()).toHaveCount(4);
  await library.importFile({ name: 'long-article.html', content: longArticle() });
  await library.select(LONG_TITLE);
  await expect(documentText(library).getByText(/^Paragraph 400\./)).toBeAttached();

  const scroll = readerScroll(page);
  await scroll.hover();
  for (let i = 0; i < 30; i += 1) await page.mouse.wheel(0, 1500);
  await expect.poll(() => scroll.evaluate((element) => element.scrollTop)).toBeGreaterThan(30_000);
  const left = await scroll.evaluate((element) => element.scrollTop);

  await library.select(SAMPLE);
  expect(await readerScroll(page).evaluate((element) => element.scrollTop)).toBe(0);

  await library.select(LONG_TITLE);
  await expect.poll(() => readerScroll(page).evaluate((element) => element.scrollTop)).toBeGreaterThan(left - 3);
  expect(await readerScroll(page).evaluate((element) => element.scrollTop)).toBeLessThan(left + 3);

  // A larger text reflows the article; the paragraph being read stays at the top.
  const reading = await firstVisibleParagraph(page);
  await readerScroll(page).focus();
  await page.keyboard.press('Control+=');
  await expect(page.locator('.reader-scroll .document')).toHaveCSS('font-size', '18px');
  expect(await firstVisibleParagraph(page)).toBe(reading);
  await page.keyboard.press('Control+0');

  // Restored once per opening: the reader scrolls on freely from there.
  await readerScroll(page).evaluate((element) => element.scrollTo({ top: 2_000 }));
  await page.waitForTimeout(500);
  expect(await readerScroll(page).evaluate((element) => element.scrollTop)).toBe(2_000);

  // Remembered across a restart of the window too.
  await page.reload();
  await library.select(LONG_TITLE);
  await expect.poll(() => readerScroll(page).evaluate((element) => Math.round(element.scrollTop))).toBe(2_000);
});
