import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { AnnotationsPage } from './support/annotations-page';
import { expect, test } from './support/fixtures';
import { selectFromTo, selectText } from './support/select-text';

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/e2e/harbour-article.html'), 'utf8');
const TITLE = 'Lantern Corps volunteers reach the outer islands';
const FILE = { name: 'harbour-article.html', content: ARTICLE };

/** The ids of the highlights painted over `words` in the reader's text, or in its first paragraph (one text run may lie in several). */
async function highlightsOver(page: Page, words: string, where: 'text' | 'first paragraph' = 'text'): Promise<string[]> {
  const within = where === 'text' ? '.reader .document' : '.reader .document > p:first-of-type';
  return page.evaluate(
    ([wanted, scope]) => {
      const ids = new Set<string>();
      for (const mark of document.querySelectorAll<HTMLElement>(`${scope} .annotation-mark`)) {
        if (mark.textContent?.includes(wanted)) ids.add(mark.dataset.annotationId!);
      }
      return [...ids].sort();
    },
    [words, within] as const,
  );
}

/** The selection set by hand over what lies between the two offsets of the reader's text (white space only, here). */
async function selectWhiteSpace(page: Page, at: 'between words' | 'between paragraphs'): Promise<string> {
  return page.evaluate((where) => {
    const paragraphs = [...document.querySelectorAll('.reader .document p')];
    const first = paragraphs[0]!.firstChild as Text;
    const range = document.createRange();
    if (where === 'between words') {
      const space = first.data.indexOf(' ');
      range.setStart(first, space);
      range.setEnd(first, space + 1);
    } else {
      const last = paragraphs[0]!.lastChild as Text;
      range.setStart(last, last.data.length);
      range.setEnd(paragraphs[1]!.firstChild as Text, 0);
    }
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  }, at);
}

test('a passage across paragraphs and a figure, overlapping and nested highlights: all kept, in text order, after a reload', async ({ library, page }) => {
  await library.importFile(FILE);
  await library.select(TITLE);
  const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
  const marks = library.reader.locator('.annotation-mark');

  // From the end of the second paragraph, over the figure and its caption, into the third.
  await selectFromTo(page, 'had asked for help first', 'We did not expect so many');
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('3');
  await expect(toolbar).toBeHidden();
  const [across] = await highlightsOver(page, 'had asked for help first');
  expect(across).toBeDefined();
  for (const words of ['Volunteers on the north quay at Port Ellery.', 'We did not expect so many']) expect(await highlightsOver(page, words)).toEqual([across]);

  // Two highlights that overlap, and one inside another.
  // Each key waits for the toolbar, as a reader does: a key pressed before the selection
  // has settled is not an annotation key yet (under load, one such press was lost).
  const highlight = async (words: string, key: string) => {
    await selectText(page, words);
    await expect(toolbar).toBeVisible();
    await page.keyboard.press(key);
    await expect(toolbar).toBeHidden();
  };
  await highlight('the morning ferry at the north quay', '1');
  await highlight('the north quay on Monday', '2');
  await highlight('Lantern Corps volunteers to reach the outer islands', '4');
  await highlight('outer', '5');
  await expect(library.reader.locator('.annotation-mark[data-color="5"]')).toHaveText('outer');

  const expectAll = async () => {
    const [morning, monday] = [await highlightsOver(page, 'morning ferry', 'first paragraph'), await highlightsOver(page, 'on Monday', 'first paragraph')];
    expect(morning).toHaveLength(1);
    expect(monday).toHaveLength(1);
    expect(monday).not.toEqual(morning);
    // Where they overlap, the words are in both (their colours add up), not in one of them only.
    expect(await highlightsOver(page, 'the north quay', 'first paragraph')).toEqual([...morning, ...monday].sort());
    // The nested one, and the one around it.
    expect(await highlightsOver(page, 'outer', 'first paragraph')).toHaveLength(2);
    await expect(library.reader.locator('.annotation-mark[data-color="5"]')).toHaveText('outer');
    const panel = page.getByRole('complementary', { name: /Annotations/ });
    await expect(panel.locator('.annotation-card')).toHaveCount(5);
    // In the order of the text: by where each starts.
    await expect(panel.locator('.annotation-card .annotation-quote')).toHaveText([
      'the morning ferry at the north quay',
      'the north quay on Monday',
      'Lantern Corps volunteers to reach the outer islands',
      'outer',
      /^had asked for help first\.\s+Volunteers on the north quay at Port Ellery\.\s+“We did not expect so many$/,
    ]);
  };
  await library.reader.getByRole('toolbar', { name: 'Clipping actions' }).getByRole('button', { name: /Annotations/ }).click();
  await expectAll();

  await page.reload();
  await library.select(TITLE);
  await expect(marks.first()).toBeVisible();
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  if (!(await panel.isVisible())) await library.reader.getByRole('toolbar', { name: 'Clipping actions' }).getByRole('button', { name: /Annotations/ }).click();
  await expectAll();
});

test('white space alone is not highlighted; a 10,000-character comment is kept whole', async ({ library, page }) => {
  await library.importFile(FILE);
  await library.select(TITLE);
  const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
  const marks = library.reader.locator('.annotation-mark');

  // A space between two words, then the break between two paragraphs: no toolbar, and the keys do nothing.
  for (const where of ['between words', 'between paragraphs'] as const) {
    const selected = await selectWhiteSpace(page, where);
    expect(selected.trim(), where).toBe('');
    expect(selected.length, where).toBeGreaterThan(0);
    await page.keyboard.press('1');
    await page.keyboard.press('q');
    await expect(toolbar).toBeHidden();
    await expect(marks).toHaveCount(0);
  }

  // A very long comment: typed (pasted) into the form, saved, and all of it back after a reload.
  const sentence = 'The ministry figure of forty thousand does not match the regional counts; ';
  const comment = `${sentence.repeat(Math.ceil(10_000 / sentence.length))}`.slice(0, 9_990) + ' END-MARK.';
  expect(comment).toHaveLength(10_000);
  await selectText(page, 'forty thousand volunteers');
  await page.keyboard.press('c');
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  await panel.getByLabel('Comment').fill(comment);
  await panel.getByRole('button', { name: 'Save' }).click();
  const card = panel.locator('.annotation-card', { hasText: 'forty thousand volunteers' });
  await expect(card.locator('.annotation-comment')).toContainText('END-MARK.');
  // The card keeps its size: the comment scrolls inside it.
  const { cardHeight, viewport } = await card.evaluate((element) => ({ cardHeight: element.getBoundingClientRect().height, viewport: window.innerHeight }));
  expect(cardHeight).toBeLessThan(viewport / 2);

  await page.reload();
  await library.select(TITLE);
  if (!(await panel.isVisible())) await library.reader.getByRole('toolbar', { name: 'Clipping actions' }).getByRole('button', { name: /Annotations/ }).click();
  await card.hover();
  await card.getByRole('button', { name: 'Edit' }).click();
  await expect(panel.getByLabel('Comment')).toHaveValue(comment);
  await panel.getByRole('button', { name: 'Cancel' }).click();

  // Its last words are found by the Quotes & annotations search.
  const view = new AnnotationsPage(page);
  await view.open();
  await view.searchFor('END-MARK');
  await expect(view.rows()).toHaveCount(1);
});

test('a clipping moved to the trash takes its annotations along, and brings them back when restored', async ({ library, page }) => {
  await library.importFile(FILE);
  const view = new AnnotationsPage(page);
  await view.create([
    { clipping: TITLE, quote: 'forty thousand volunteers', color: 2, comment: 'Official estimate.' },
    { clipping: TITLE, quote: 'We did not expect so many', kind: 'quote', speaker: 'the harbour master', color: 4 },
    { clipping: TITLE, comment: 'Page note: compare with the ministry release.' },
  ]);
  await page.reload();
  await view.open();
  await expect(view.rows()).toHaveCount(3);

  await library.showView('Library');
  await library.select(TITLE);
  await library.reader.getByRole('button', { name: 'Move to Trash' }).click();
  await view.open();
  await expect(view.rows()).toHaveCount(0);
  await expect(view.link).not.toHaveAccessibleDescription(/3/);

  await library.showView('Trash');
  await library.select(TITLE);
  await library.reader.getByRole('button', { name: 'Restore' }).click();
  await view.open();
  await expect(view.rows()).toHaveCount(3);
  await expect(view.row('“forty thousand volunteers”')).toBeVisible();
  await expect(view.row('“We did not expect so many”')).toBeVisible();

  // And in the reader, with their highlights.
  await library.showView('Library');
  await library.select(TITLE);
  await expect(library.reader.locator('.annotation-mark')).toHaveCount(2);
});
