import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorCodeOf, openTestLibrary, type TestLibrary } from '../library/library-fixture';
import { citation, doc, heading, paragraph, text } from './note-fixtures';

let t: TestLibrary;
beforeEach(() => (t = openTestLibrary()));
afterEach(() => t.close());

const count = (sql: string, ...params: unknown[]) => (t.lib.db.prepare(sql).get(...params) as { n: number }).n;

describe('trash.empty and notes', () => {
  it('deletes the notes in the trash for good, with their citations, collections and index rows; live notes stay', async () => {
    const clipping = t.add('Congress opens', { paragraphs: ['The youth league congress opened.'] });
    const dossier = await t.call('collections.create', { name: 'Dossier' });
    const kept = await t.call('notes.create', { doc: doc(heading(1, 'Kept lantern'), paragraph(citation(clipping, 'Congress'))), collectionIds: [dossier.id] });
    const gone = await t.call('notes.create', {
      doc: doc(heading(1, 'Gone lantern'), paragraph(text('청년동맹 '), citation(clipping, 'Congress'))),
      collectionIds: [dossier.id],
    });
    await t.call('notes.trash', { id: gone.id });
    await t.call('clippings.trash', { id: t.add('Old story') });

    expect(await t.call('trash.empty', {})).toEqual({ deleted: 1, notes: 1 });
    expect(await errorCodeOf(t.call('notes.get', { id: gone.id }))).toBe('not_found');
    expect(await t.call('notes.list', { view: 'trash' })).toEqual([]);
    expect((await t.call('notes.list', {})).map((note) => note.id)).toEqual([kept.id]);
    expect((await t.call('notes.list', { collectionId: dossier.id })).map((note) => note.id)).toEqual([kept.id]);
    expect((await t.call('notes.backlinks', { clippingId: clipping })).map((link) => link.noteId)).toEqual([kept.id]);
    expect(count('SELECT count(*) AS n FROM note_citations WHERE note_id = ?', gone.id)).toBe(0);
    expect(count('SELECT count(*) AS n FROM note_collections WHERE note_id = ?', gone.id)).toBe(0);
    expect(count('SELECT count(*) AS n FROM notes_search WHERE rowid = ?', gone.id)).toBe(0);
    expect(count('SELECT count(*) AS n FROM notes_cjk WHERE rowid = ?', gone.id)).toBe(0);
    // Nothing left to delete; the live note is whole.
    expect(await t.call('trash.empty', {})).toEqual({ deleted: 0, notes: 0 });
    expect((await t.call('notes.get', { id: kept.id })).doc).toEqual(kept.doc);
  });
});
