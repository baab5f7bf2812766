import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { callApi } from './support/api';
import { AnnotationsPage } from './support/annotations-page';
import { expect, test } from './support/fixtures';
import type { LibraryPage } from './support/library-page';
import { NotesPage } from './support/notes-page';
import { SidebarPage } from './support/sidebar-page';

const WIRE = 'Veskaria launches summer service programme for teenagers';
const LEDGER = 'Teenagers to spend a summer in ‘Lantern Corps’';
const QUOTE = 'Every young citizen will spend one summer in service of the nation';

interface Listed {
  items: Array<{ id: number; title: string }>;
}

/** The sample dossier with a highlighted quotation in the wire story; the ids a drag would carry. */
async function sampleWithQuote(page: Page, library: LibraryPage) {
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(library.rows()).toHaveCount(4);
  await new AnnotationsPage(page).create([{ clipping: WIRE, quote: QUOTE, color: 2, kind: 'quote', speaker: 'Ilse Drovan' }]);
  const { items } = await callApi<Listed>(page, 'clippings.list', { limit: 10 });
  const wire = items.find((item) => item.title === WIRE)!.id;
  const annotations = await callApi<Array<{ id: number }>>(page, 'annotations.list', { clippingId: wire });
  return { wire, annotationId: annotations[0]!.id };
}

test('write a note, drop a quote in, cite with @, autosave across a reload, click back to the highlight, export Markdown and DOCX', async ({ library, page }) => {
  const notes = new NotesPage(page);
  const { wire, annotationId } = await sampleWithQuote(page, library);

  await notes.open();
  await notes.newNote();
  await page.keyboard.type('# Summer brigades\nThe ministry wants every teenager in the programme.\n- forty thousand volunteers\nparents not consulted');
  await expect(notes.text.locator('h1')).toHaveText('Summer brigades');
  await expect(notes.text.locator('ul > li')).toHaveCount(2);
  await notes.saved();
  // The title follows the first heading.
  await expect(notes.row('Summer brigades')).toBeVisible();

  // A highlight dropped on the note becomes a quote with its source line.
  await notes.dropQuote({ clippingId: wire, annotationId, text: QUOTE, speaker: 'Ilse Drovan' }, 'The ministry wants');
  await expect(notes.quotes()).toHaveCount(1);
  await expect(notes.quotes().first()).toContainText(QUOTE);
  // After the paragraph it was dropped on, before the list.
  await expect(notes.text.locator(':scope > *').nth(2)).toContainText(QUOTE);
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
  // PDF, now that the core prints notes (browser mode: the system's Chromium).
  expect(readFileSync(await notes.export('PDF (.pdf)')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('a note with two citations beside the reader (screenshots, light and dark)', async ({ library, page }) => {
  await page.setViewportSize({ width: 1600, height: 960 });
  const notes = new NotesPage(page);
  const { wire, annotationId } = await sampleWithQuote(page, library);
  await notes.open();
  await notes.newNote();
  await page.keyboard.type('# Lantern Corps: what was promised\nThe ministry’s own words, as the wire carried them:');
  await notes.dropQuote({ clippingId: wire, annotationId, text: QUOTE, speaker: 'Ilse Drovan' }, 'carried them');
  await expect(notes.quotes()).toHaveCount(1);
  await notes.typeAtEnd('The Ledger frames it as a uniformed corps ');
  await notes.cite('@', 'Lantern', LEDGER);
  await page.keyboard.type('while Northgate leads with parents who say they were not consulted ');
  await notes.cite('[[', 'Parents say', 'Parents say they were not consulted');
  await page.keyboard.type('.\n## Open questions\n[ ] who pays for the uniforms?\nhow many signed up by June?');
  await expect(notes.citations()).toHaveCount(2);
  await notes.saved();
  // The Notes view itself, with the slash menu open (then closed, leaving no slash behind).
  await page.keyboard.type('\n/');
  await expect(page.getByRole('listbox', { name: 'Insert a block' })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/note-editor-slash-menu.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Insert a block' })).toBeHidden();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await notes.saved();

  await notes.quotes().first().locator('.cited-quote-open').click();
  await expect(notes.dock).toBeVisible();
  await expect(library.reader.locator('.annotation-mark.annotation-flash')).toContainText(QUOTE);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'docs/screenshots/note-with-citations.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: 'docs/screenshots/note-with-citations-dark.png' });
});

test('bad input: pasted HTML loses its scripts, a 5 MB paste is refused with a message and the note stays; the slash menu makes a table and a bibliography', async ({ library, page }) => {
  const notes = new NotesPage(page);
  const { wire, annotationId } = await sampleWithQuote(page, library);
  await notes.open();
  await notes.newNote();
  await page.keyboard.type('# Pasted\nBefore the paste.');
  await notes.saved();

  await notes.paste({
    html: '<p>Kept <b>bold</b></p><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><iframe src="https://example.org"></iframe><p onclick="window.__pwned = 3">Kept too</p>',
    text: 'Kept bold Kept too',
  });
  await expect(notes.text).toContainText('Kept too');
  await expect(notes.text.locator('script, img, iframe, [onclick], [onerror]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await notes.saved();

  const huge = `${'The quick brown fox jumps over the lazy dog. '.repeat(120_000)}`;
  await notes.paste({ text: huge });
  await expect(page.getByRole('status').filter({ hasText: 'Too large to paste into a note' })).toBeVisible();
  await expect(page.locator('.toast-description', { hasText: /^This paste is 5\.\d MB; a note holds at most 5\.0 MB/ })).toBeVisible();
  await expect(notes.text).toContainText('Before the paste.');
  await expect(notes.text).not.toContainText('quick brown fox');
  await expect(notes.status).toHaveText('Saved');

  // Slash menu: a table, then a quote and its bibliography.
  await notes.typeAtEnd('\n/tab');
  await expect(page.getByRole('listbox', { name: 'Insert a block' }).getByRole('option', { selected: true })).toHaveText('Table');
  await page.keyboard.press('Enter');
  await expect(notes.text.locator('table tr')).toHaveCount(3);
  await notes.dropQuote({ clippingId: wire, annotationId, text: QUOTE, speaker: null }, 'Before the paste');
  await expect(notes.quotes()).toHaveCount(1); // the drop lands before the writer types on (else the keys race it)
  await notes.typeAtEnd('\n/apa');
  await expect(page.getByRole('listbox', { name: 'Insert a block' }).getByRole('option', { selected: true })).toHaveText('Bibliography (APA)');
  await page.keyboard.press('Enter');
  await expect(notes.text.locator('h2', { hasText: 'References' })).toBeVisible();
  await expect(notes.text).toContainText('Veskaria launches summer service programme for teenagers');
  await notes.saved();
  const stored = await callApi<{ doc: unknown; title: string }>(page, 'notes.get', { id: Number(await notes.openNoteId()) });
  expect(stored.title).toBe('Pasted');
  expect(JSON.stringify(stored.doc)).not.toContain('pwned');
});

test('notes in a collection, the trash and back, and a conflict with a save made elsewhere', async ({ library, page }) => {
  const notes = new NotesPage(page);
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await expect(library.rows()).toHaveCount(4);
  await callApi(page, 'collections.create', { name: 'Lantern dossier' });
  await page.reload();
  await notes.open();
  await notes.newNote();
  await page.keyboard.type('# Briefing for Tuesday\nFirst draft.');
  await notes.saved();

  // Into the collection from the note's header; the collection lists it above its clippings.
  await notes.editor.getByRole('button', { name: 'No collection' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Lantern dossier' }).click();
  await page.keyboard.press('Escape');
  await expect(notes.editor.getByRole('button', { name: 'Lantern dossier' })).toBeVisible();
  await new SidebarPage(page).collection('Lantern dossier').click();
  const section = page.getByRole('region', { name: 'Notes in this collection' });
  await expect(section.getByRole('button', { name: /Briefing for Tuesday/ })).toBeVisible();
  await section.getByRole('button', { name: /Briefing for Tuesday/ }).click();
  await expect(notes.dock.getByRole('textbox', { name: 'Note title' })).toHaveAttribute('placeholder', 'Briefing for Tuesday');

  // Saved elsewhere meanwhile (another window): this editor's next save is refused; keep mine.
  const id = Number(await notes.openNoteId());
  const stored = await callApi<{ revision: number; doc: unknown }>(page, 'notes.get', { id });
  await callApi(page, 'notes.save', { id, revision: stored.revision, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Their version' }] }] } });
  await notes.dock.getByRole('textbox', { name: 'Note text' }).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Mine.');
  const dialog = page.getByRole('dialog', { name: 'This note changed elsewhere' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep my version' }).click();
  await expect(dialog).toBeHidden();
  await expect(notes.status).toHaveText('Saved');
  const kept = await callApi<{ doc: unknown }>(page, 'notes.get', { id });
  expect(JSON.stringify(kept.doc)).toContain('Mine.');
  expect(JSON.stringify(kept.doc)).toContain('First draft.');
  expect(JSON.stringify(kept.doc)).not.toContain('Their version');

  // Trash from the header's menu, then back from the Notes trash.
  await notes.dock.getByRole('button', { name: 'More actions for the note' }).click();
  await page.getByRole('menuitem', { name: 'Move to Trash' }).click();
  await expect(section.getByRole('button', { name: /Briefing for Tuesday/ })).toHaveCount(0);
  await notes.open();
  await expect(notes.row('Briefing for Tuesday')).toHaveCount(0);
  await page.getByRole('button', { name: /^Trash \(1\)$/ }).click();
  await page.getByRole('listbox', { name: 'Notes in the trash' }).getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('button', { name: '← All notes' }).click();
  await expect(notes.row('Briefing for Tuesday')).toBeVisible();

  // The search box reads the notes' text.
  const search = page.getByRole('searchbox', { name: 'Search notes' });
  await search.fill('draft');
  await expect(notes.list.getByRole('option')).toHaveCount(1);
  await search.fill('uniforms');
  await expect(page.getByText('No notes match this search.')).toBeVisible();
  await search.fill('');
  await expect(notes.row('Briefing for Tuesday')).toBeVisible();

  // A new note from the keyboard (⌘N stays Add clipping).
  await page.keyboard.press('ControlOrMeta+Shift+N');
  await expect(notes.list.getByRole('option')).toHaveCount(2);
  await expect(notes.title).toHaveAttribute('placeholder', 'Untitled note');
  await expect(notes.text).toBeFocused();
});

test('a quote whose source changed offers Update; a deleted highlight leaves it unlinked; a trashed source says so', async ({ library, page }) => {
  const notes = new NotesPage(page);
  const { wire, annotationId } = await sampleWithQuote(page, library);
  const { items } = await callApi<Listed>(page, 'clippings.list', { limit: 10 });
  const ledger = items.find((item) => item.title === LEDGER)!.id;
  await new AnnotationsPage(page).create([{ clipping: LEDGER, quote: 'forty thousand volunteers', color: 1 }]);
  const [gone] = await callApi<Array<{ id: number }>>(page, 'annotations.list', { clippingId: ledger });
  const quote = (clippingId: number, id: number, text: string) => ({
    type: 'citedQuote',
    attrs: { clippingId, annotationId: id, quote: text, speaker: null, outlet: 'Source', headline: 'Headline', published: '2025-06-14', url: null },
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  });
  await callApi(page, 'notes.create', {
    doc: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'States' }] },
        quote(wire, annotationId, 'Every young citizen will spend a summer'),
        quote(ledger, gone!.id, 'forty thousand volunteers'),
        { type: 'paragraph', content: [{ type: 'text', text: 'As the wire put it ' }, { type: 'citation', attrs: { clippingId: wire, annotationId: null, label: 'Meridian: Veskaria launches' } }] },
      ],
    },
  });
  await callApi(page, 'annotations.delete', { id: gone!.id });
  await page.reload();
  await notes.open();
  await notes.row('States').click();

  const [changed, unlinked] = [notes.quotes().nth(0), notes.quotes().nth(1)];
  await expect(changed.locator('.note-badge')).toContainText('Source changed');
  await expect(unlinked.locator('.note-badge')).toHaveText('Unlinked');
  await expect(notes.citations().first()).not.toHaveAttribute('data-state', /./);
  await changed.getByRole('button', { name: 'Update' }).click();
  await expect(changed.locator('.cited-quote-text')).toHaveText(QUOTE);
  await notes.saved();
  await expect(changed.locator('.note-badge')).toHaveCount(0);

  // The unlinked quote's source line still finds its words in the clipping.
  await unlinked.locator('.cited-quote-open').click();
  await expect(library.reader).toContainText(LEDGER);
  await expect(library.reader.locator('.passage-flash')).toHaveText('forty thousand volunteers');

  await callApi(page, 'clippings.trash', { id: wire });
  await page.reload();
  await notes.open();
  await expect(notes.quotes().nth(0).locator('.note-badge')).toHaveText('Source in the trash');
  await expect(notes.citations().first()).toHaveAttribute('data-state', 'trashed');
  await expect(notes.citations().first()).toHaveAttribute('title', /in the trash/);
  // Its source line still opens it, from the Trash.
  await notes.quotes().nth(0).locator('.cited-quote-open').click();
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Trash', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(library.reader).toContainText(WIRE);
});

test('a row of the Quotes view dragged onto the note beside it becomes a cited quote', async ({ library, page }) => {
  const notes = new NotesPage(page);
  const annotations = new AnnotationsPage(page);
  await sampleWithQuote(page, library);
  await page.reload(); // the Quotes view counts the annotation made through the API
  await notes.open();
  await notes.newNote();
  await page.keyboard.type('Drafting.');
  await notes.saved();
  await annotations.open();
  await page.keyboard.press('ControlOrMeta+Shift+E');
  await expect(notes.dock).toBeVisible();
  await annotations.row(`“${QUOTE}`).dragTo(notes.dock.getByRole('textbox', { name: 'Note text' }).locator('p', { hasText: 'Drafting.' }));
  await expect(notes.dock.locator('blockquote.cited-quote')).toContainText(QUOTE);
  await expect(notes.dock.locator('.cited-quote-source')).toContainText('Ilse Drovan');
});

test('a reload right after typing keeps the last words: the save starts on pagehide', async ({ library, page }) => {
  const notes = new NotesPage(page);
  await expect(library.page.getByRole('button', { name: 'Load sample dossier' })).toBeVisible();
  await notes.open();
  await notes.newNote();
  await page.keyboard.type('# Unload\nfirst words');
  await notes.saved();
  await page.keyboard.type(' and the last ones');
  await page.reload();
  await notes.open();
  await expect(notes.text).toContainText('first words and the last ones');
});

test('a note beside the reader on a 1280-pixel screen: the clipping list makes way, and comes back when the note closes', async ({ library, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const notes = new NotesPage(page);
  await page.getByRole('button', { name: 'Load sample dossier' }).click();
  await library.select(WIRE);
  const list = page.locator('.app-shell > .list-pane');
  const readerPane = page.locator('.app-shell > .reader-pane');
  await expect(list).toBeVisible();

  const toggle = page.getByRole('button', { name: 'Note beside the reader' });
  await toggle.click();
  await expect(notes.dock).toBeVisible();
  await expect(list).toBeHidden();
  expect((await readerPane.boundingBox())!.width).toBeGreaterThanOrEqual(560);

  await toggle.click();
  await expect(notes.dock).toBeHidden();
  await expect(list).toBeVisible();
});
