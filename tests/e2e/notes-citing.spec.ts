import type { Page } from '@playwright/test';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { callApi } from './support/api';
import { AnnotationsPage } from './support/annotations-page';
import { expect, test } from './support/fixtures';
import { NotesPage } from './support/notes-page';
import { selectText } from './support/select-text';

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/e2e/harbour-article.html'), 'utf8');
const TITLE = 'Lantern Corps volunteers reach the outer islands';
const OUTLET = 'The Veskaria Herald';

test('quote highlights and selections in a note from the reader; the reader says which notes cite it; a citation lands on its highlight', async ({ library, page }) => {
  await page.setViewportSize({ width: 1600, height: 960 });
  const notes = new NotesPage(page);
  await library.importFile({ name: 'harbour-article.html', content: ARTICLE });
  await library.select(TITLE);
  const marks = library.reader.locator('.annotation-mark');
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  const citedIn = library.reader.locator('.reader-cited-in');
  await expect(citedIn).toHaveCount(0);

  // A highlight, then "Add to note" on its card: no note is open, so one is made and opens beside the reader.
  await selectText(page, 'forty thousand volunteers');
  await page.keyboard.press('1');
  await expect(marks.filter({ hasText: 'forty thousand volunteers' })).toHaveAttribute('data-color', '1');
  await library.reader.getByRole('toolbar', { name: 'Clipping actions' }).getByRole('button', { name: /Annotations/ }).click();
  const card = (quote: string) => panel.locator('.annotation-card', { hasText: quote });
  await card('forty thousand volunteers').getByRole('button', { name: 'Add to note' }).click();
  await expect(notes.dock).toBeVisible();
  await expect(notes.quotes()).toHaveCount(1);
  await expect(notes.quotes().first()).toContainText('forty thousand volunteers');
  await expect(notes.quotes().first().locator('.cited-quote-source')).toContainText(OUTLET);
  await expect(notes.quotes().first().locator('.cited-quote-source')).toContainText(TITLE);

  // The reader names the note under the clipping's meta, and on the card it quotes.
  await expect(citedIn).toContainText('Cited in 1 note');
  await expect(card('forty thousand volunteers').locator('.annotation-cited-in')).toContainText('Cited in');

  // "Quote in note" on a selection: highlighted (a quotation with its speaker found), and quoted in the open note.
  await panel.getByRole('button', { name: 'Close annotations' }).click();
  await selectText(page, 'We did not expect so many');
  const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
  await toolbar.getByRole('button', { name: 'Quote in note' }).click();
  await expect(notes.quotes()).toHaveCount(2);
  await expect(notes.quotes().nth(1)).toContainText('We did not expect so many');
  await expect(notes.quotes().nth(1).locator('.cited-quote-source')).toContainText('the harbour master');
  await expect(marks.filter({ hasText: 'We did not expect so many' })).toHaveAttribute('data-color', '4');
  // …and key N does the same.
  await selectText(page, 'had asked for help first');
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('n');
  await expect(notes.quotes()).toHaveCount(3);
  await expect(notes.quotes().nth(2)).toContainText('had asked for help first');
  await notes.saved();
  await expect(citedIn).toContainText('Cited in 1 note');
  await library.reader.getByRole('toolbar', { name: 'Clipping actions' }).getByRole('button', { name: /Annotations/ }).click();
  await expect(card('We did not expect so many').locator('.annotation-cited-in')).toContainText('Cited in');
  await panel.getByRole('button', { name: 'Close annotations' }).click();

  // The note's name in "Cited in" opens it beside the reader.
  await page.keyboard.press('ControlOrMeta+Shift+E');
  await expect(notes.dock).toBeHidden();
  await citedIn.getByRole('button').first().click();
  await expect(notes.dock).toBeVisible();
  await expect(notes.quotes()).toHaveCount(3);

  // A citation in the note brings its highlight back into view and flashes it.
  await library.reader.locator('.reader-scroll').evaluate((scroller) => scroller.scrollTo({ top: scroller.scrollHeight }));
  await notes.quotes().first().locator('.cited-quote-open').click();
  await expect(marks.filter({ hasText: 'forty thousand volunteers' })).toHaveClass(/annotation-flash/);
  await expect(marks.filter({ hasText: 'forty thousand volunteers' })).toBeInViewport();
});

test('drag an annotation card, and a row of the Quotes view, onto the note beside the reader; Add to note from a row’s menu', async ({ library, page }) => {
  const notes = new NotesPage(page);
  await library.importFile({ name: 'harbour-article.html', content: ARTICLE });
  const annotations = new AnnotationsPage(page);
  await annotations.create([
    { clipping: TITLE, quote: 'repairing footpaths and teaching in village schools', color: 2 },
    { clipping: TITLE, quote: 'The whole village came down to meet the boat.', color: 4, kind: 'quote', speaker: 'the harbour master' },
  ]);
  // Another note cites the clipping as a whole, inline.
  await createNoteCitingClipping(page);
  await page.reload();
  await library.select(TITLE);
  await expect(library.reader.locator('.reader-cited-in')).toContainText('Cited in 1 note: Ferry links to the outer islands');
  await page.keyboard.press('ControlOrMeta+Shift+N');
  await expect(notes.dock).toBeVisible();
  await expect(notes.text).toBeVisible();

  // A card dragged by its quote onto the note's text.
  await library.reader.getByRole('toolbar', { name: 'Clipping actions' }).getByRole('button', { name: /Annotations/ }).click();
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  await panel.getByRole('button', { name: /^repairing footpaths/ }).dragTo(notes.text);
  await expect(notes.quotes()).toHaveCount(1);
  await expect(notes.quotes().first()).toContainText('repairing footpaths and teaching in village schools');

  // A row of the Quotes view, dragged the same way; then "Add to note" from its menu (right-click, and Shift+F10).
  await annotations.open();
  await expect(notes.dock).toBeVisible();
  await annotations.row('“The whole village').dragTo(notes.text);
  await expect(notes.quotes()).toHaveCount(2);
  await expect(notes.quotes().nth(1).locator('.cited-quote-source')).toContainText('the harbour master');

  await annotations.row('“repairing footpaths').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Add to note' }).click();
  await expect(notes.quotes()).toHaveCount(3);
  await expect(annotations.list).toBeFocused();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menuitem', { name: 'Add to note' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notes.quotes()).toHaveCount(4);
  await notes.saved();
});

test('screenshot: the reader with "Cited in" and Add to note on its annotation cards', async ({ library, page }) => {
  const SHOT = 'test-results/screenshots/reader-cited-in.png';
  await page.setViewportSize({ width: 1600, height: 960 });
  const notes = new NotesPage(page);
  await library.importFile({ name: 'harbour-article.html', content: ARTICLE });
  const annotations = new AnnotationsPage(page);
  await annotations.create([
    { clipping: TITLE, quote: 'repairing footpaths and teaching in village schools', color: 2, kind: 'fact' },
    { clipping: TITLE, quote: 'forty thousand volunteers', color: 1, kind: 'claim', comment: 'Official estimate; no source given.' },
    { clipping: TITLE, quote: '“We did not expect so many,”', color: 4, kind: 'quote', speaker: 'the harbour master' },
  ]);
  // Another note cites the clipping as a whole, inline.
  await createNoteCitingClipping(page);
  await page.reload();
  await library.select(TITLE);
  await expect(library.reader.locator('.reader-cited-in')).toContainText('Cited in 1 note: Ferry links to the outer islands');
  await page.keyboard.press('ControlOrMeta+Shift+N');
  await expect(notes.text).toBeVisible();
  await notes.text.click();
  await page.keyboard.type('# Island volunteers: the numbers\nThe ministry’s figure, unsourced:\n');
  await library.reader.getByRole('toolbar', { name: 'Clipping actions' }).getByRole('button', { name: /Annotations/ }).click();
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  await panel.locator('.annotation-card', { hasText: 'forty thousand volunteers' }).getByRole('button', { name: 'Add to note' }).click();
  await panel.locator('.annotation-card', { hasText: 'We did not expect so many' }).getByRole('button', { name: 'Add to note' }).click();
  await expect(notes.quotes()).toHaveCount(2);
  await notes.saved();
  await expect(library.reader.locator('.reader-cited-in')).toContainText('Cited in 2 notes: Island volunteers: the numbers, Ferry links to the outer islands');
  await page.keyboard.press('ControlOrMeta+Shift+E');
  await expect(notes.dock).toBeHidden();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: SHOT });
  if (process.env.DOSSIER_UPDATE_DOCS_SCREENSHOTS) {
    mkdirSync('docs/screenshots', { recursive: true });
    copyFileSync(SHOT, 'docs/screenshots/reader-cited-in.png');
  }
});

/** A note, "Ferry links to the outer islands", citing the article as a whole in its running text. */
async function createNoteCitingClipping(page: Page): Promise<void> {
  const { items } = await callApi<{ items: Array<{ id: number; title: string }> }>(page, 'clippings.list', { limit: 10 });
  const clippingId = items.find((item) => item.title === TITLE)!.id;
  await callApi(page, 'notes.create', {
    doc: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Ferry links to the outer islands' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Twice a day, says ' }, { type: 'citation', attrs: { clippingId, annotationId: null, label: OUTLET } }] },
      ],
    },
  });
}
