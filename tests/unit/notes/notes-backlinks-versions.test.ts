import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteBacklink } from '../../../shared/domain/note';
import { minute, openTestLibrary, type TestLibrary } from '../library/library-fixture';
import { citation, citedQuote, doc, heading, paragraph } from './note-fixtures';

let t: TestLibrary;
beforeEach(() => (t = openTestLibrary()));
afterEach(() => t.close());

const links = async (clippingId: number) =>
  (await t.call('notes.backlinks', { clippingId }))
    .map(({ noteId, citesClipping, annotationIds, otherVersionIds }: NoteBacklink) => ({ noteId, citesClipping, annotationIds, otherVersionIds }))
    .sort((a, b) => a.noteId - b.noteId);

describe('notes.backlinks across versions of an article', () => {
  it('lists the notes citing an earlier or later capture of the same article, saying which captures they cite', async () => {
    const first = t.add('Congress opens', { now: minute(1), paragraphs: ['The youth league congress opened on Monday.'] });
    const second = t.add('Congress opens (updated)', { now: minute(2), versionOf: first, paragraphs: ['The youth league congress opened on Monday, KCNA said.'] });
    const third = t.add('Congress opens (final)', { now: minute(3), versionOf: first });
    const other = t.add('Rain in the south');
    const annotation = await t.call('annotations.create', { clippingId: first, range: { start: 4, end: 16 } });
    const quotesFirst = await t.call('notes.create', { doc: doc(heading(1, 'Quotes the first'), citedQuote(first, annotation.id, 'youth league')) });
    const citesSecond = await t.call('notes.create', { doc: doc(heading(1, 'Cites the second'), paragraph(citation(second, 'Congress'))) });
    const citesAll = await t.call('notes.create', {
      doc: doc(heading(1, 'Cites all'), paragraph(citation(third, 'Final'), citation(first, 'First'), citation(second, 'Updated'))),
    });
    const elsewhere = await t.call('notes.create', { doc: doc(heading(1, 'Elsewhere'), paragraph(citation(other, 'Rain'))) });

    expect(await links(second)).toEqual([
      { noteId: quotesFirst.id, citesClipping: false, annotationIds: [], otherVersionIds: [first] },
      { noteId: citesSecond.id, citesClipping: true, annotationIds: [], otherVersionIds: [] },
      { noteId: citesAll.id, citesClipping: true, annotationIds: [], otherVersionIds: [first, third] },
    ]);
    expect(await links(first)).toEqual([
      { noteId: quotesFirst.id, citesClipping: false, annotationIds: [annotation.id], otherVersionIds: [] },
      { noteId: citesSecond.id, citesClipping: false, annotationIds: [], otherVersionIds: [second] },
      { noteId: citesAll.id, citesClipping: true, annotationIds: [], otherVersionIds: [second, third] },
    ]);
    expect(await links(other)).toEqual([{ noteId: elsewhere.id, citesClipping: true, annotationIds: [], otherVersionIds: [] }]);

    // A capture in the trash is still a version of the article; one deleted for good is not, though a note citing it still shows on its id.
    await t.call('clippings.trash', { id: first });
    expect((await links(second)).map((link) => link.noteId)).toEqual([quotesFirst.id, citesSecond.id, citesAll.id]);
    await t.call('trash.empty', {});
    expect(await links(second)).toEqual([
      { noteId: citesSecond.id, citesClipping: true, annotationIds: [], otherVersionIds: [] },
      { noteId: citesAll.id, citesClipping: true, annotationIds: [], otherVersionIds: [third] },
    ]);
    expect((await links(first)).map((link) => link.noteId)).toEqual([quotesFirst.id, citesAll.id]);
  });
});
