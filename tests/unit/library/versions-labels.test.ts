import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from './library-fixture';

/** A new capture of an article, through the capture path the app uses, keeps the analyst's labels. */
let t: TestLibrary;
beforeEach(() => {
  t = openTestLibrary();
});
afterEach(() => t.close());

const URL = 'https://www.yna.co.kr/view/AKR20250331000100504';

describe('a new version of an article', () => {
  it('inherits tags, collections and the star; the old capture leaves the list and the counts', async () => {
    const first = await t.call('clippings.create', { format: 'text', content: 'Youth league\n\nThe congress opened.', url: URL });
    if (first.status !== 'created') throw new Error(first.status);
    const id = first.clipping.id;
    await t.call('tags.apply', { clippingIds: [id], add: ['DPRK/youth'] });
    const folder = await t.call('collections.create', { name: 'Congress' });
    await t.call('collections.addClippings', { id: folder.id, clippingIds: [id] });
    await t.call('clippings.setFlags', { ids: [id], starred: true, read: true });

    const duplicate = await t.call('clippings.create', { format: 'text', content: 'Youth league\n\nThe congress opened, updated.', url: URL });
    expect(duplicate.status).toBe('duplicate');
    const again = await t.call('clippings.create', { format: 'text', content: 'Youth league\n\nThe congress opened, updated.', url: URL, duplicates: 'newVersion' });
    if (again.status !== 'version') throw new Error(again.status);
    const next = await t.call('clippings.get', { id: again.clipping.id });
    expect(next).toMatchObject({ version: 2, articleId: id, starred: true, read: false, collectionIds: [folder.id] });
    expect(next.tags.map((tag) => tag.path)).toEqual(['DPRK/youth']);
    expect(await t.call('clippings.ids', {})).toEqual([next.id]);
    expect((await t.call('tags.list', {})).map((tag) => [tag.path, tag.count])).toEqual([['DPRK', 1], ['DPRK/youth', 1]]);
    expect((await t.call('collections.list', {}))[0]?.count).toBe(1);
    expect((await t.call('outlets.list', {})).map((outlet) => [outlet.domain, outlet.count])).toEqual([['yna.co.kr', 1]]);
    expect(await t.call('library.counts', {})).toEqual({ library: 1, unread: 1, starred: 1, trash: 0 });
    // Labels put on the new version are its own; the old one keeps what it had.
    await t.call('tags.apply', { clippingIds: [next.id], add: ['Congress'] });
    await t.call('clippings.trash', { id: next.id });
    expect(await t.call('clippings.ids', {})).toEqual([id]);
    expect((await t.call('tags.list', {})).map((tag) => [tag.path, tag.count])).toEqual([['Congress', 0], ['DPRK', 1], ['DPRK/youth', 1]]);
  });
});
