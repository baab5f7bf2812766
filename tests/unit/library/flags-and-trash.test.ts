import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { minute, openTestLibrary, type TestLibrary } from './library-fixture';

let t: TestLibrary;
beforeEach(() => {
  t = openTestLibrary();
});
afterEach(() => t.close());

async function listed(query: string, view: 'library' | 'trash' = 'library'): Promise<number[]> {
  return (await t.call('clippings.ids', { query, view })).sort((a, b) => a - b);
}

describe('read and starred', () => {
  it('a new clipping is unread and not starred; setFlags changes many at once', async () => {
    const ids = [1, 2, 3, 4].map((n) => t.add(`C${n}`, { now: minute(n) }));
    expect(await t.call('clippings.get', { id: ids[0]! })).toMatchObject({ read: false, starred: false });
    expect(await t.call('clippings.setFlags', { ids: [ids[0]!, ids[1]!], read: true })).toEqual({ changed: 2 });
    expect(await t.call('clippings.setFlags', { ids: [ids[1]!, ids[2]!], starred: true })).toEqual({ changed: 2 });
    expect(await listed('is:unread')).toEqual([ids[2], ids[3]]);
    expect(await listed('is:read')).toEqual([ids[0], ids[1]]);
    expect(await listed('is:starred')).toEqual([ids[1], ids[2]]);
    expect(await listed('-is:starred')).toEqual([ids[0], ids[3]]);
    expect(await listed('is:unstarred')).toEqual([ids[0], ids[3]]);
    expect(await listed('is:starred is:unread')).toEqual([ids[2]]);
    expect(await listed('IS:STARRED')).toEqual([ids[1], ids[2]]);
    expect(await t.call('library.counts', {})).toEqual({ library: 4, unread: 2, starred: 2, trash: 0 });

    // Both flags in one call; unread again clears the read time.
    await t.call('clippings.setFlags', { ids: [ids[0]!], read: false, starred: true });
    expect(await t.call('clippings.get', { id: ids[0]! })).toMatchObject({ read: false, starred: true });
    expect(await t.call('library.counts', {})).toEqual({ library: 4, unread: 3, starred: 3, trash: 0 });
    expect(await t.call('clippings.setFlags', { ids: [ids[0]!] })).toEqual({ changed: 0 });
    expect(await t.envelope('clippings.setFlags', { ids: [], read: true })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('marking read again keeps the first read time', async () => {
    const id = t.add('A');
    t.lib.clippings.setFlags([id], { read: true }, minute(5));
    t.lib.clippings.setFlags([id], { read: true }, minute(9));
    expect(t.lib.db.prepare('SELECT read_at FROM clippings WHERE id = ?').get(id)).toEqual({ read_at: minute(5).toISOString() });
  });

  it('counts only listed clippings: trashed ones and older versions are not unread or starred in the sidebar', async () => {
    const a = t.add('A', { now: minute(1) });
    const b = t.add('B', { now: minute(2) });
    await t.call('clippings.setFlags', { ids: [a, b], starred: true });
    await t.call('clippings.trash', { id: a });
    const bNew = t.add('B v2', { now: minute(3), versionOf: b });
    expect(await t.call('library.counts', {})).toEqual({ library: 1, unread: 1, starred: 1, trash: 1 });
    expect(await listed('is:starred')).toEqual([bNew]);
    expect(await listed('is:starred', 'trash')).toEqual([a]);
  });
});

describe('trash', () => {
  it('trashes and restores many, reporting how many changed', async () => {
    const ids = [1, 2, 3].map((n) => t.add(`C${n}`, { now: minute(n) }));
    expect(await t.call('clippings.trashMany', { ids: [ids[0]!, ids[1]!] })).toEqual({ changed: 2 });
    expect(await t.call('clippings.trashMany', { ids })).toEqual({ changed: 1 });
    expect(await listed('')).toEqual([]);
    expect(await listed('', 'trash')).toEqual(ids);
    expect(await t.call('library.counts', {})).toMatchObject({ library: 0, trash: 3 });
    expect(await t.call('clippings.restoreMany', { ids: [ids[1]!, 999_999] })).toEqual({ changed: 1 });
    expect(await listed('')).toEqual([ids[1]]);
  });

  it('orders the trash by when things were thrown away', async () => {
    const ids = [1, 2, 3].map((n) => t.add(`C${n}`, { now: minute(n) }));
    t.lib.clippings.trashMany([ids[1]!], minute(10));
    t.lib.clippings.trashMany([ids[2]!], minute(11));
    t.lib.clippings.trashMany([ids[0]!], minute(12));
    expect(await t.call('clippings.ids', { view: 'trash' })).toEqual([ids[0], ids[2], ids[1]]);
  });

  it('emptying the trash deletes trashed clippings for good and keeps the rest', async () => {
    const keep = t.add('Keep', { now: minute(1), paragraphs: ['Harbour cranes'] });
    const gone = t.add('Gone', { now: minute(2), paragraphs: ['Harbour cranes and 청년동맹'] });
    await t.call('clippings.trash', { id: gone });
    expect(await t.call('trash.empty', {})).toEqual({ deleted: 1, notes: 0 });
    expect(await t.call('trash.empty', {})).toEqual({ deleted: 0, notes: 0 });
    expect(await t.envelope('clippings.get', { id: gone })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.call('library.counts', {})).toEqual({ library: 1, unread: 1, starred: 0, trash: 0 });
    // Both search indexes forget it.
    expect((await t.call('clippings.search', { query: 'harbour' })).items.map((item) => item.id)).toEqual([keep]);
    expect((await t.call('clippings.search', { query: '청년' })).total).toBe(0);
    expect(t.lib.db.prepare('SELECT count(*) AS n FROM clippings_cjk WHERE rowid = ?').get(gone)).toEqual({ n: 0 });
  });

  it('emptying the trash of an article’s first capture keeps its two later versions one article', async () => {
    const first = t.add('Story', { now: minute(1) });
    const second = t.add('Story v2', { now: minute(2), versionOf: first });
    const third = t.add('Story v3', { now: minute(3), versionOf: first });
    await t.call('clippings.trash', { id: first });
    await t.call('trash.empty', {});
    expect(await listed('')).toEqual([third]);
    expect((await t.call('clippings.get', { id: third })).articleId).toBe(second);
    expect((await t.call('clippings.versions', { id: second })).map((version) => version.id)).toEqual([second, third]);
  });

  it('emptying the trash of an article’s first capture keeps its later versions as the article', async () => {
    const first = t.add('Story', { now: minute(1) });
    const second = t.add('Story v2', { now: minute(2), versionOf: first });
    const third = t.add('Story v3', { now: minute(3), versionOf: first });
    await t.call('tags.apply', { clippingIds: [second], add: ['Kept'] });
    await t.call('clippings.trashMany', { ids: [first, third] });
    expect(await listed('')).toEqual([second]);
    await t.call('trash.empty', {});
    expect(await listed('')).toEqual([second]);
    expect((await t.call('clippings.get', { id: second })).articleId).toBe(second);
    expect(await t.call('clippings.versions', { id: second })).toHaveLength(1);
    expect((await t.call('tags.list', {})).map((tag) => [tag.path, tag.count])).toEqual([['Kept', 1]]);
    // A later capture of it is still its next version.
    const fourth = t.add('Story v4', { now: minute(4), versionOf: second });
    expect(await listed('')).toEqual([fourth]);
    expect((await t.call('tags.list', {}))[0]?.count).toBe(1);
  });
});
