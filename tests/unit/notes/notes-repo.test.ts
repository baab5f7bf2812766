import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import type { Note } from '../../../shared/domain/note';
import { errorCodeOf, minute, openTestLibrary, type TestLibrary } from '../library/library-fixture';
import { citation, citedQuote, doc, heading, paragraph, text } from './note-fixtures';

let t: TestLibrary;
beforeEach(() => (t = openTestLibrary()));
afterEach(() => t.close());

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}

/** What a save must never lose, read straight from the table and the index. */
function stored(id: number) {
  const row = t.lib.db.prepare('SELECT title, doc_json, text, revision FROM notes WHERE id = ?').get(id) as { title: string; doc_json: string; text: string; revision: number };
  const citations = t.lib.db.prepare('SELECT clipping_id, annotation_id FROM note_citations WHERE note_id = ? ORDER BY rowid').all(id);
  return { ...row, citations };
}

describe('notes: create and save', () => {
  it('creates an empty note, then one whose title follows its first heading, and one with a title set', async () => {
    const empty = await t.call('notes.create', {});
    expect(empty).toMatchObject({ title: 'Untitled note', titleSet: false, revision: 1, schemaVersion: 1, citations: [], collectionIds: [], trashedAt: null });
    expect(empty.doc).toEqual(doc(paragraph()));

    const fromHeading = await t.call('notes.create', { doc: doc(heading(1, 'Youth league'), paragraph(text('The congress opened on Monday.'))) });
    expect(fromHeading).toMatchObject({ title: 'Youth league', titleSet: false, excerpt: 'The congress opened on Monday.' });

    const titled = await t.call('notes.create', { title: '  My dossier  ', doc: doc(heading(1, 'Other')) });
    expect(titled).toMatchObject({ title: 'My dossier', titleSet: true });
  });

  it('bumps the revision on each save; the title follows the heading until set, and back again when cleared', async () => {
    const note = await t.call('notes.create', { doc: doc(heading(1, 'First')) });
    const second = await t.call('notes.save', { id: note.id, revision: 1, doc: doc(heading(1, 'Second')) });
    expect(second).toMatchObject({ revision: 2, title: 'Second', titleSet: false });
    const named = await t.call('notes.save', { id: note.id, revision: 2, doc: second.doc, title: 'Named' });
    expect(named).toMatchObject({ revision: 3, title: 'Named', titleSet: true });
    const kept = await t.call('notes.save', { id: note.id, revision: 3, doc: doc(heading(1, 'Third')) });
    expect(kept).toMatchObject({ title: 'Named', titleSet: true });
    const cleared = await t.call('notes.save', { id: note.id, revision: 4, doc: kept.doc, title: null });
    expect(cleared).toMatchObject({ revision: 5, title: 'Third', titleSet: false });
  });

  it('refuses a save based on an older revision (conflict), so an older autosave never overwrites a newer one', async () => {
    const note = await t.call('notes.create', { doc: doc(paragraph(text('v1'))) });
    await t.call('notes.save', { id: note.id, revision: 1, doc: doc(paragraph(text('v2 from the window'))) });
    const before = stored(note.id);
    const late = await failure(t.call('notes.save', { id: note.id, revision: 1, doc: doc(paragraph(text('v1 and a late autosave'))) }));
    expect(late.code).toBe('conflict');
    expect(late.message).toMatch(/saved elsewhere since this edit began \(revision 2, this edit is based on 1\).*Nothing was overwritten/);
    expect(stored(note.id)).toEqual(before);
    expect(before.text).toBe('v2 from the window');
  });

  it('refuses an invalid document before writing anything: the previous content stays whole', async () => {
    const clipping = t.add('Source');
    const note = await t.call('notes.create', { doc: doc(heading(1, 'Kept'), paragraph(text('See '), citation(clipping, 'Source'))) });
    const before = stored(note.id);
    const bad = await failure(t.call('notes.save', { id: note.id, revision: 1, doc: doc(paragraph(text('x')), { type: 'script', content: [text('alert(1)')] }) }));
    expect(bad).toMatchObject({ code: 'invalid_input', message: 'This note cannot be stored: a note cannot contain "script".' });
    expect(stored(note.id)).toEqual(before);
    expect(await t.call('notes.list', { query: 'kept' })).toHaveLength(1);
  });

  it('leaves the previous content whole when the write itself fails half-way (one transaction)', async () => {
    const [a, b] = [t.add('A'), t.add('B')];
    const note = await t.call('notes.create', { doc: doc(paragraph(text('before the failure '), citation(a, 'A'))) });
    const before = stored(note.id);
    // The citations are written after the document: make that step fail, as a full disk would.
    t.lib.db.exec("CREATE TEMP TRIGGER fail_citations BEFORE INSERT ON note_citations BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    await expect(t.lib.notes.save({ id: note.id, revision: 1, doc: doc(paragraph(text('after '), citation(b, 'B'))) })).rejects.toThrow(/disk I\/O error/);
    t.lib.db.exec('DROP TRIGGER fail_citations');
    expect(stored(note.id)).toEqual(before);
    expect((await t.call('notes.list', { query: 'failure' })).map((n) => n.id)).toEqual([note.id]);
    expect(await t.call('notes.list', { query: 'after' })).toEqual([]);
    // and the next save, from the same revision, goes through
    expect((await t.call('notes.save', { id: note.id, revision: 1, doc: doc(paragraph(text('after'))) })).revision).toBe(2);
  });

  it('refuses a note over 5 MB with its size, creating nothing or keeping the note as it was', async () => {
    const big = doc(...Array.from({ length: 56 }, () => paragraph(text('x'.repeat(100_000)))));
    const created = await failure(t.call('notes.create', { doc: big }));
    expect(created.code).toBe('too_large');
    expect(created.message).toMatch(/^This note is 5\.3 MB; a note can hold at most 5\.0 MB\./);
    expect(await t.call('notes.list', {})).toEqual([]);
    const note = await t.call('notes.create', { doc: doc(paragraph(text('small'))) });
    expect((await failure(t.call('notes.save', { id: note.id, revision: 1, doc: big }))).code).toBe('too_large');
    expect(stored(note.id).text).toBe('small');
  });

  it('refuses to save a note in the trash, or one that is not there', async () => {
    const note = await t.call('notes.create', {});
    await t.call('notes.trash', { id: note.id });
    expect((await failure(t.call('notes.save', { id: note.id, revision: 1, doc: doc(paragraph(text('x'))) }))).message).toMatch(/in the trash\. Restore it/);
    expect(await errorCodeOf(t.call('notes.save', { id: 999, revision: 1, doc: doc(paragraph()) }))).toBe('not_found');
    expect(await errorCodeOf(t.call('notes.get', { id: 999 }))).toBe('not_found');
  });
});

describe('notes: list, trash, collections', () => {
  it('lists notes newest change first; the trash apart; restore brings a note back', async () => {
    const a = await t.lib.notes.create({ doc: doc(heading(1, 'Alpha')) }, minute(1));
    const b = await t.lib.notes.create({ doc: doc(heading(1, 'Beta')) }, minute(2));
    await t.lib.notes.save({ id: a.id, revision: 1, doc: doc(heading(1, 'Alpha, edited')) }, minute(3));
    expect((await t.call('notes.list', {})).map((n) => n.title)).toEqual(['Alpha, edited', 'Beta']);
    const trashed = await t.call('notes.trash', { id: b.id });
    expect(trashed.trashedAt).not.toBeNull();
    expect((await t.call('notes.list', {})).map((n) => n.id)).toEqual([a.id]);
    expect((await t.call('notes.list', { view: 'trash' })).map((n) => n.id)).toEqual([b.id]);
    expect((await t.call('notes.restore', { id: b.id })).trashedAt).toBeNull();
    expect(await t.call('notes.list', { view: 'trash' })).toEqual([]);
    // Deleting for good: only from the trash.
    expect(() => t.lib.notes.delete(a.id)).toThrow(/Only a note in the trash/);
    await t.call('notes.trash', { id: b.id });
    expect(t.lib.notes.delete(b.id)).toBe(1);
    expect(await errorCodeOf(t.call('notes.get', { id: b.id }))).toBe('not_found');
    expect((await t.call('notes.list', {})).map((n) => n.id)).toEqual([a.id]);
  });

  it('puts notes in collections (a dossier holds its clippings and its notes) and lists a collection’s notes', async () => {
    const dossier = await t.call('collections.create', { name: 'Dossier' });
    const other = await t.call('collections.create', { name: 'Other' });
    const inside = await t.call('notes.create', { doc: doc(heading(1, 'Inside')), collectionIds: [dossier.id] });
    const outside = await t.call('notes.create', { doc: doc(heading(1, 'Outside')) });
    expect(inside.collectionIds).toEqual([dossier.id]);
    expect((await t.call('notes.list', { collectionId: dossier.id })).map((n) => n.id)).toEqual([inside.id]);
    expect((await t.call('notes.setCollections', { id: outside.id, collectionIds: [dossier.id, other.id] })).collectionIds).toEqual([dossier.id, other.id]);
    expect((await t.call('notes.setCollections', { id: inside.id, collectionIds: [] })).collectionIds).toEqual([]);
    expect((await t.call('notes.list', { collectionId: dossier.id })).map((n) => n.id)).toEqual([outside.id]);
    expect(await errorCodeOf(t.call('notes.setCollections', { id: outside.id, collectionIds: [999] }))).toBe('not_found');
    expect((await t.call('notes.get', { id: outside.id })).collectionIds).toEqual([dossier.id, other.id]);
    await t.call('collections.delete', { id: other.id });
    expect((await t.call('notes.get', { id: outside.id })).collectionIds).toEqual([dossier.id]);
    expect(await errorCodeOf(t.call('notes.create', { collectionIds: [999] }))).toBe('not_found');
  });

  it('searches titles and texts through the word and CJK indexes, Korean two-character words included', async () => {
    const korean = await t.call('notes.create', { doc: doc(heading(1, '청년동맹 대회'), paragraph(text('김정은 위원장이 참석했다.'))) });
    const english = await t.call('notes.create', { doc: doc(heading(1, 'Lantern corps'), paragraph(text('Volunteers planted trees in Pyongyang.'))) });
    const search = async (query: string, view: 'notes' | 'trash' = 'notes') => (await t.call('notes.list', { query, view })).map((n) => n.id).sort();
    expect(await search('청년')).toEqual([korean.id]);
    expect(await search('위원')).toEqual([korean.id]);
    expect(await search('volunteer*')).toEqual([english.id]);
    expect(await search('VOLUNTEERS pyongyang')).toEqual([english.id]);
    expect(await search('"planted trees"')).toEqual([english.id]);
    expect(await search('lantern -pyongyang')).toEqual([]);
    expect(await search('NEAR( col: "')).toEqual([]);
    expect(await search('')).toEqual([korean.id, english.id].sort());
    await t.call('notes.save', { id: english.id, revision: 1, doc: doc(heading(1, 'Lantern corps'), paragraph(text('Harvest brigades.'))) });
    expect(await search('volunteers')).toEqual([]);
    expect(await search('brigades')).toEqual([english.id]);
    await t.call('notes.trash', { id: korean.id });
    expect(await search('청년')).toEqual([]);
    expect(await search('청년', 'trash')).toEqual([korean.id]);
  });
});

describe('notes: citations and backlinks', () => {
  async function annotate(clippingId: number, start: number, end: number) {
    return t.call('annotations.create', { clippingId, range: { start, end } });
  }

  it('counts what a note cites, and shows each clipping its notes ("cited in") with the annotations each cites', async () => {
    const clipping = t.add('Congress opens', { paragraphs: ['The youth league congress opened on Monday.', 'Delegates sang.'] });
    const other = t.add('Other story');
    const annotation = await annotate(clipping, 4, 16);
    const both = await t.call('notes.create', {
      doc: doc(heading(1, 'Both'), paragraph(citation(clipping, 'Congress')), citedQuote(clipping, annotation.id, 'youth league')),
    });
    const quoteOnly = await t.call('notes.create', { doc: doc(heading(1, 'Quote only'), citedQuote(clipping, annotation.id, 'youth league')) });
    await t.call('notes.create', { doc: doc(heading(1, 'Elsewhere'), paragraph(citation(other, 'Other'))) });
    expect(both.citationCount).toBe(2);
    const links = await t.call('notes.backlinks', { clippingId: clipping });
    expect(links.map(({ noteId, citesClipping, annotationIds }) => ({ noteId, citesClipping, annotationIds })).sort((x, y) => x.noteId - y.noteId)).toEqual([
      { noteId: both.id, citesClipping: true, annotationIds: [annotation.id] },
      { noteId: quoteOnly.id, citesClipping: false, annotationIds: [annotation.id] },
    ]);
    // Citations are rewritten with every save; a trashed note cites nothing until restored.
    await t.call('notes.save', { id: quoteOnly.id, revision: 1, doc: doc(heading(1, 'Quote only'), paragraph(text('quote removed'))) });
    await t.call('notes.trash', { id: both.id });
    expect(await t.call('notes.backlinks', { clippingId: clipping })).toEqual([]);
    await t.call('notes.restore', { id: both.id });
    expect((await t.call('notes.backlinks', { clippingId: clipping })).map((link) => link.noteId)).toEqual([both.id]);
  });

  it('tells where each cited source is now: live, trashed, deleted after emptying the trash, annotation deleted or changed', async () => {
    const kept = t.add('Kept', { paragraphs: ['The minister said the harvest was good.'] });
    const trashed = t.add('Trashed', { paragraphs: ['A story about rain.'] });
    const emptied = t.add('Emptied', { paragraphs: ['A story about wind.'] });
    const live = await annotate(kept, 4, 12); // "minister"
    const deleted = await annotate(kept, 13, 17); // "said"
    const changed = await annotate(kept, 22, 29); // "harvest"
    const note = await t.call('notes.create', {
      doc: doc(
        paragraph(citation(kept, 'Kept'), citation(trashed, 'Trashed'), citation(emptied, 'Emptied')),
        citedQuote(kept, live.id, 'minister'),
        citedQuote(kept, deleted.id, 'said'),
        citedQuote(kept, changed.id, 'harvest'),
      ),
    });
    expect(note.citations.every((c) => c.clipping === 'live' && (c.annotation ?? 'live') === 'live')).toBe(true);

    await t.call('clippings.trash', { id: emptied });
    await t.call('trash.empty', {});
    await t.call('clippings.trash', { id: trashed });
    await t.call('annotations.delete', { id: deleted.id });
    // The writer re-attaches the annotation to other words: its exact text is no longer the quote's.
    await t.call('annotations.update', { id: changed.id, range: { start: 22, end: 33 } });

    const states = (await t.call('notes.get', { id: note.id })).citations;
    const byKey = (clippingId: number, annotationId: number | null) => states.find((c) => c.clippingId === clippingId && c.annotationId === annotationId)!;
    expect(byKey(kept, null)).toMatchObject({ clipping: 'live', clippingTitle: 'Kept', annotation: null });
    expect(byKey(trashed, null)).toMatchObject({ clipping: 'trashed', clippingTitle: 'Trashed' });
    expect(byKey(emptied, null)).toMatchObject({ clipping: 'deleted', clippingTitle: null });
    expect(byKey(kept, live.id)).toMatchObject({ annotation: 'live', currentQuote: 'minister' });
    expect(byKey(kept, deleted.id)).toMatchObject({ annotation: 'deleted', currentQuote: null });
    expect(byKey(kept, changed.id)).toMatchObject({ annotation: 'changed', currentQuote: 'harvest was' });
    // The note itself is intact: its quotes and citations are all still there.
    const reread: Note = await t.call('notes.get', { id: note.id });
    expect(reread.doc).toEqual(note.doc);

    // Deleted annotations are gone for good once the trash is emptied, and so are the cited quote's links.
    await t.call('trash.empty', {});
    const after = (await t.call('notes.get', { id: note.id })).citations;
    expect(after.find((c) => c.clippingId === trashed)?.clipping).toBe('deleted');
    expect(after.find((c) => c.annotationId === deleted.id)?.annotation).toBe('deleted');
  });
});
