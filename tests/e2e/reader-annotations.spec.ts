import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './support/fixtures';
import { selectText } from './support/select-text';

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../fixtures/e2e/harbour-article.html'), 'utf8');
const TITLE = 'Lantern Corps volunteers reach the outer islands';
const FILE = { name: 'harbour-article.html', content: ARTICLE };

test('select text, highlight, comment and tag it; reload and find it; edit the text and see it follow or become an orphan', async ({ library, page }) => {
  await library.importFile(FILE);
  await library.select(TITLE);
  const marks = library.reader.locator('.annotation-mark');

  // Key 2 highlights the selection in green.
  await selectText(page, 'repairing footpaths and teaching in village schools');
  const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('2');
  await expect(toolbar).toBeHidden();
  await expect(marks.filter({ hasText: 'repairing footpaths' })).toHaveAttribute('data-color', '2');

  // Comment from the toolbar: the annotations panel opens on the new highlight's comment.
  await selectText(page, 'forty thousand volunteers');
  await toolbar.getByRole('button', { name: 'Comment' }).click();
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  await expect(panel.getByLabel('Comment')).toBeFocused();
  await panel.getByLabel('Comment').fill('Official estimate; compare with the ministry release.');
  await panel.getByLabel('Tags').fill('Veskaria/Youth policy');
  await panel.getByLabel('Tags').press('Enter');
  await panel.getByRole('button', { name: 'Save' }).click();
  const card = panel.locator('.annotation-card', { hasText: 'forty thousand volunteers' });
  await expect(card).toContainText('Official estimate; compare with the ministry release.');
  await expect(card).toContainText('Veskaria/Youth policy');

  // A quote, speaker filled in from the detected attribution.
  await selectText(page, 'We did not expect so many');
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('q');
  await expect(panel.getByLabel('Speaker')).toHaveValue('the harbour master');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.locator('.annotation-card', { hasText: 'We did not expect so many' })).toContainText('Quote');

  await page.screenshot({ path: 'test-results/screenshots/reader-annotations-flow.png' });

  // Everything is stored: reload, reopen, and it is all there.
  await page.reload();
  await library.select(TITLE);
  await expect(marks).toHaveCount(3);
  await library.reader.getByRole('toolbar', { name: 'Clipping actions' }).getByRole('button', { name: /Annotations/ }).click();
  await expect(panel.locator('.annotation-card')).toHaveCount(3);
  await expect(panel).toContainText('Official estimate; compare with the ministry release.');

  // Clicking a card's quote brings the highlight into view and flashes it.
  await panel.getByRole('button', { name: /^forty thousand volunteers/ }).click();
  await expect(marks.filter({ hasText: 'forty thousand volunteers' })).toHaveClass(/annotation-flash/);
  // Also one out of sight: the reader scrolls to it.
  const quoteMark = marks.filter({ hasText: 'We did not expect so many' });
  await library.reader.locator('.reader-scroll').evaluate((scroller) => scroller.scrollTo({ top: 0 }));
  await expect(quoteMark).not.toBeInViewport();
  await panel.getByRole('button', { name: /^We did not expect so many/ }).click();
  await expect(quoteMark).toBeInViewport();
  await expect(quoteMark).toHaveClass(/annotation-flash/);

  // Edit the text: add words before the highlights; they follow.
  await library.reader.getByRole('button', { name: 'Edit text' }).click();
  await page.locator('.reader .document p', { hasText: 'The ministry of youth expects' }).click({ position: { x: 2, y: 8 } });
  await page.keyboard.press('Home');
  await page.keyboard.type('Update: ');
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.locator('.toast-title', { hasText: 'Text saved' })).toBeVisible();
  await expect(page.locator('.toast', { hasText: 'Text saved' })).toContainText('3 highlights in place (2 moved)');
  await expect(library.reader.locator('.document')).toContainText('Update: The ministry of youth expects');
  await expect(marks.filter({ hasText: 'forty thousand volunteers' })).toHaveCount(1);
  await expect(marks.filter({ hasText: 'repairing footpaths and teaching in village schools' })).toHaveCount(1);

  // Delete the words of one highlight: it is kept aside as an orphan, with its quote.
  await library.reader.getByRole('button', { name: 'Edit text' }).click();
  await selectText(page, ', where they will spend six weeks repairing footpaths and teaching in village schools');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.toast', { hasText: '1 no longer found' }).first()).toBeVisible();
  await expect(marks.filter({ hasText: 'repairing footpaths' })).toHaveCount(0);
  const orphans = panel.getByRole('region', { name: /Not found in the current text/ });
  await expect(orphans).toContainText('repairing footpaths and teaching in village schools');

  // Re-attach it to newly selected text.
  await selectText(page, 'the morning ferry');
  await orphans.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(orphans).toBeHidden();
  await expect(marks.filter({ hasText: 'the morning ferry' })).toHaveAttribute('data-color', '2');
});

test('a page note, a suggested quote taken in one click, and a deletion undone', async ({ library, page }) => {
  await library.importFile(FILE);
  await library.select(TITLE);
  await library.reader.getByRole('toolbar', { name: 'Clipping actions' }).getByRole('button', { name: /Annotations/ }).click();
  const panel = page.getByRole('complementary', { name: /Annotations/ });

  await panel.getByRole('button', { name: 'Add page note' }).click();
  await expect(panel.getByLabel('Comment')).toBeFocused();
  await page.keyboard.type('Compare with the ministry’s own release.');
  await page.keyboard.press('Control+Enter');
  const pageNote = panel.locator('.annotation-card', { hasText: 'Page note' });
  await expect(pageNote).toContainText('Compare with the ministry’s own release.');

  // An edit can be undone too. The note's own toast (shown just after the card changed) is
  // closed first: otherwise the Undo clicked could be that one, if the edit's were not shown yet.
  const noteSaved = page.locator('.toast', { hasText: 'Annotation saved' });
  await expect(noteSaved).toHaveCount(1);
  await noteSaved.getByRole('button', { name: 'Dismiss' }).click();
  await expect(noteSaved).toHaveCount(0);
  await pageNote.hover();
  await pageNote.getByRole('button', { name: 'Edit' }).click();
  await panel.getByLabel('Comment').fill('Changed my mind.');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(pageNote).toContainText('Changed my mind.');
  await page.locator('.toast', { hasText: 'Annotation saved' }).getByRole('button', { name: 'Undo' }).click();
  await expect(pageNote).toContainText('Compare with the ministry’s own release.');

  // Dossier's suggestions: the harbour master's two quotations, dotted in the text.
  await panel.getByLabel('Suggest quotes').check();
  const suggested = library.reader.locator('.quote-suggestion');
  await expect(suggested).toHaveCount(2);
  await suggested.filter({ hasText: 'We did not expect so many' }).click();
  const popover = page.getByRole('dialog', { name: 'Suggested quote' });
  await popover.getByRole('button', { name: 'Add as quote' }).click();
  const quote = panel.locator('.annotation-card', { hasText: 'We did not expect so many' }).first();
  await expect(quote).toContainText('Quote');
  await expect(suggested).toHaveCount(1);
  await expect(library.reader.locator('.annotation-mark', { hasText: 'We did not expect so many' })).toHaveAttribute('data-color', '4');

  // Delete it, then Undo.
  await quote.hover();
  await quote.getByRole('button', { name: /^Delete annotation/ }).click();
  await expect(panel.locator('.annotation-card:not(.annotation-suggestion)', { hasText: 'We did not expect so many' })).toHaveCount(0);
  await page.locator('.toast', { hasText: 'Highlight deleted' }).getByRole('button', { name: 'Undo' }).click();
  await expect(panel.locator('.annotation-card:not(.annotation-suggestion)', { hasText: 'We did not expect so many' })).toHaveCount(1);
  await expect(library.reader.locator('.annotation-mark', { hasText: 'We did not expect so many' })).toHaveCount(1);
});

test('T tags a selection; the kind is chosen in the form (claim, fact, note), and the toolbar’s buttons do what the keys do', async ({ library, page }) => {
  await library.importFile(FILE);
  await library.select(TITLE);
  const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' });
  const panel = page.getByRole('complementary', { name: /Annotations/ });

  // T: the panel opens on the new highlight's tags.
  await selectText(page, 'forty thousand volunteers');
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('t');
  await expect(panel.getByLabel('Tags')).toBeFocused();
  await page.keyboard.type('Veskaria/Figures');
  await page.keyboard.press('Enter');
  await panel.getByLabel('Kind').selectOption('Claim');
  await panel.getByRole('button', { name: 'Save' }).click();
  const claim = panel.locator('.annotation-card', { hasText: 'forty thousand volunteers' });
  await expect(claim).toContainText('Claim');
  await expect(claim).toContainText('Veskaria/Figures');

  // The toolbar's own buttons: a colour, and Tag.
  await selectText(page, 'the morning ferry');
  await toolbar.getByRole('button', { name: 'Highlight blue (3)' }).click();
  await expect(library.reader.locator('.annotation-mark', { hasText: 'the morning ferry' })).toHaveAttribute('data-color', '3');
  await selectText(page, 'twice a day');
  await toolbar.getByRole('button', { name: 'Tag' }).click();
  await expect(panel.getByLabel('Tags')).toBeFocused();
  await panel.getByLabel('Kind').selectOption('Fact');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.locator('.annotation-card', { hasText: 'twice a day' })).toContainText('Fact');

  // A note on an existing highlight: Edit, kind Note.
  const ferry = panel.locator('.annotation-card', { hasText: 'the morning ferry' });
  await ferry.getByRole('button', { name: 'Edit' }).click();
  await panel.getByLabel('Kind').selectOption('Note');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(ferry).toContainText('Note');

  // All of it stored.
  await page.reload();
  await library.select(TITLE);
  if (!(await panel.isVisible())) await library.reader.getByRole('toolbar', { name: 'Clipping actions' }).getByRole('button', { name: /Annotations/ }).click();
  await expect(panel.locator('.annotation-card .annotation-kind')).toHaveText(['Note', 'Claim', 'Fact']);
});
