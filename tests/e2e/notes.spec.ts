import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { callApi } from './support/api';
import { AnnotationsPage } from './support/annotations-page';
import { expect, test } from './support/fixtures';
import { NotesPage } from './support/notes-page';

const WIRE = 'Veskaria launches summer service programme for teenagers';
const LEDGER = 'Teenagers to spend a summer in ‘Lantern Corps’';
const QUOTE = 'Every young citizen will spend one summer in service of the nation';

interface Listed {
  items: Array<{ id: number; title: string }>;
}

/** The sample dossier with a highlighted quotation in the wire story; the ids a drag would carry. */
async function sampleWithQuote(page: import('@playwright/test').Page) {
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(page.getByRole('listbox', { name: /clippings/i }).getByRole('option')).toHaveCount(4);
  await new AnnotationsPage(page).create([{ clipping: WIRE, quote: QUOTE, color: 2, kind: 'quote', speaker: 'Ilse Drovan' }]);
  const { items } = await callApi<Listed>(page, 'clippings.list', { limit: 10 });
  const wire = items.find((item) => item.title === WIRE)!.id;
  const annotations = await callApi<Array<{ id: number }>>(page, 'annotations.list', { clippingId: wire });
  return { wire, annotationId: annotations[0]!.id };
}

test('write a note, drop a quote in, cite with @, autosave across a reload, click back to the highlight, export Markdown and DOCX', async ({ library, page }) => {
  const notes = new NotesPage(page);
  const { wire, annotationId } = await sampleWithQuote(page);

  await notes.open();
  await notes.newNote();
  await page.keyboard.type('# Summer brigades\nThe ministry wants every teenager in the programme.\n- forty thousand volunteers\nparents not consulted');
  await expect(notes.text.locator('h1')).toHaveText('Summer brigades');
  await expect(notes.text.locator('ul > li')).toHaveCount(2);
  await notes.saved();
  // The title follows the first heading.
  await expect(notes.row('Summer brigades')).toBeVisible();

  // A highlight dropped on the note becomes a quote with its source line.
  await notes.dropQuote({ clippingId: wire, annotationId, text: QUOTE, speaker: 'Ilse Drovan' });
  await expect(notes.quotes()).toHaveCount(1);
  await expect(notes.quotes().first()).toContainText(QUOTE);
  await expect(notes.quotes().first().locator('.cited-quote-source')).toContainText('Ilse Drovan');

  // An inline citation from the picker.
  await notes.typeAtEnd('\nThe Ledger calls it a corps ');
  await notes.cite('@', 'Lantern', LEDGER);
  await expect(notes.citations()).toHaveCount(1);
  await expect(notes.citations().first()).toContainText('Lantern Corps');
  await notes.saved();

  // Autosaved: a reload finds the note as it was.
  await page.reload();
  await notes.open();
  await expect(notes.text.locator('h1')).toHaveText('Summer brigades');
  await expect(notes.quotes()).toHaveCount(1);
  await expect(notes.citations()).toHaveCount(1);
  await expect(notes.row('Summer brigades')).toContainText('2 citations');

  // The quote's source line opens the clipping in the reader, at the highlight, with the note beside it.
  await notes.quotes().first().locator('.cited-quote-open').click();
  await expect(library.reader).toContainText(WIRE);
  await expect(library.reader.locator('.annotation-mark.annotation-flash')).toContainText(QUOTE);
  await expect(notes.dock).toBeVisible();
  await expect(notes.dock.locator('cite.note-citation')).toHaveCount(1);
  // The inline citation opens its clipping.
  await notes.dock.locator('cite.note-citation').click();
  await expect(library.reader).toContainText(LEDGER);

  // Export: Markdown with the quote and its footnote; DOCX with the heading and the quote.
  const markdown = readFileSync(await notes.export('Markdown (.md)'), 'utf8');
  expect(markdown).toContain('# Summer brigades');
  expect(markdown).toContain(QUOTE);
  expect(markdown).toMatch(/\[\^q-a\d+\]/);
  expect(markdown).toMatch(/\n\[\^q-a\d+\]: /);
  const docx = await mammoth.extractRawText({ path: await notes.export('Word (.docx)') });
  expect(docx.value).toContain('Summer brigades');
  expect(docx.value).toContain(QUOTE);
  expect(docx.value).toContain('Lantern Corps');
});
