import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from '../library/library-fixture';
import { doc, heading, paragraph, text } from './note-fixtures';

let t: TestLibrary;
beforeEach(() => (t = openTestLibrary()));
afterEach(() => t.close());

describe('notes.list: filters in the query', () => {
  it('reads in: (and -in:) as the notes of a collection, by name or path; other filters are ignored, not searched as words', async () => {
    const youth = await t.call('collections.create', { name: 'Youth policy' });
    const archive = await t.call('collections.create', { name: 'Archive' });
    const nested = await t.call('collections.create', { name: '2025', parentId: youth.id });
    const brigades = await t.call('notes.create', { doc: doc(heading(1, 'Brigades'), paragraph(text('Volunteers left in June.'))), collectionIds: [youth.id] });
    const congress = await t.call('notes.create', { doc: doc(heading(1, 'Congress'), paragraph(text('Volunteers sang.'))), collectionIds: [youth.id, archive.id] });
    const loose = await t.call('notes.create', { doc: doc(heading(1, 'Loose'), paragraph(text('Volunteers planted trees.'))) });
    const late = await t.call('notes.create', { doc: doc(heading(1, 'Late')), collectionIds: [nested.id] });
    const ids = async (query: string, collectionId: number | null = null) => (await t.call('notes.list', { query, collectionId })).map((n) => n.id).sort();

    expect(await ids('in:"youth policy"')).toEqual([brigades.id, congress.id].sort());
    expect(await ids('in:"Youth policy/2025"')).toEqual([late.id]);
    expect(await ids('in:2025')).toEqual([late.id]);
    expect(await ids('volunteers in:Archive')).toEqual([congress.id]);
    expect(await ids('in:"Youth policy" -in:archive')).toEqual([brigades.id]);
    expect(await ids('volunteers -in:"Youth policy"')).toEqual([loose.id]);
    expect(await ids('in:Archive', youth.id)).toEqual([congress.id]);
    // A collection that does not exist holds no notes.
    expect(await ids('in:Nowhere')).toEqual([]);
    expect(await ids('-in:Nowhere')).toEqual([brigades.id, congress.id, loose.id, late.id].sort());
    // Filters of clippings say nothing about a note: ignored (the notes are not searched for "tag:DPRK").
    expect(await ids('tag:DPRK outlet:yonhap is:starred lang:ko after:2025 before:2026 volunteers')).toEqual([brigades.id, congress.id, loose.id].sort());
    expect(await ids('tag:DPRK')).toEqual([brigades.id, congress.id, loose.id, late.id].sort());
    // The trash is filtered the same way.
    await t.call('notes.trash', { id: congress.id });
    expect(await ids('in:Archive')).toEqual([]);
    expect((await t.call('notes.list', { view: 'trash', query: 'in:Archive' })).map((n) => n.id)).toEqual([congress.id]);
  });

  it('notes.count counts what notes.list finds over all its pages: the view, the collection, the words and in:', async () => {
    const youth = await t.call('collections.create', { name: 'Youth policy' });
    const made: number[] = [];
    for (let i = 0; i < 7; i++) {
      const words = i % 2 === 0 ? 'Brigades marched.' : 'Volunteers sang.';
      made.push((await t.call('notes.create', { doc: doc(heading(1, `Note ${i}`), paragraph(text(words))), collectionIds: i < 3 ? [youth.id] : [] })).id);
    }
    await t.call('notes.trash', { id: made[0]! });
    const pages = async (query: { query?: string; collectionId?: number | null; view?: 'notes' | 'trash' }) => {
      const ids: number[] = [];
      for (let offset = 0; ; offset += 2) {
        const page = await t.call('notes.list', { ...query, limit: 2, offset });
        ids.push(...page.map((note) => note.id));
        if (page.length < 2) return ids;
      }
    };
    for (const query of [{}, { query: 'brigades' }, { query: 'volunteers -in:"Youth policy"' }, { collectionId: youth.id }, { view: 'trash' as const }]) {
      const listed = await pages(query);
      expect(new Set(listed).size).toBe(listed.length); // no note on two pages
      expect(await t.call('notes.count', query)).toBe(listed.length);
    }
    expect(await t.call('notes.count', {})).toBe(6);
    expect(await t.call('notes.count', { query: 'brigades' })).toBe(3);
    expect(await t.call('notes.count', { view: 'trash' })).toBe(1);
  });
});
