import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listQueryOf } from '../../../renderer/src/library/library-scope';
import { minute, openTestLibrary, type TestLibrary } from './library-fixture';

let t: TestLibrary;
beforeEach(() => {
  t = openTestLibrary();
});
afterEach(() => t.close());

async function countsByName(): Promise<Record<string, number>> {
  return Object.fromEntries((await t.call('collections.list', {})).map((collection) => [collection.name, collection.count]));
}

async function listed(query: string): Promise<number[]> {
  return (await t.call('clippings.ids', { query })).sort((a, b) => a - b);
}

describe('collections', () => {
  it('creates nested collections and lists them by name', async () => {
    const korea = await t.call('collections.create', { name: 'Korea desk' });
    const youth = await t.call('collections.create', { name: 'Youth policy', parentId: korea.id });
    const camps = await t.call('collections.create', { name: '  camps  ', parentId: youth.id });
    expect(korea).toMatchObject({ parentId: null, name: 'Korea desk', count: 0 });
    expect(youth.parentId).toBe(korea.id);
    expect(camps).toMatchObject({ parentId: youth.id, name: 'camps' });
    expect((await t.call('collections.list', {})).map((collection) => collection.name)).toEqual(['camps', 'Korea desk', 'Youth policy']);
    expect(await t.envelope('collections.create', { name: 'Orphan', parentId: 4242 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.envelope('collections.create', { name: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('adds and removes clippings, counting only what changed, and filters with in:"Name"', async () => {
    const ids = [1, 2, 3].map((n) => t.add(`C${n}`, { now: minute(n) }));
    const youth = await t.call('collections.create', { name: 'Youth policy' });
    const other = await t.call('collections.create', { name: 'Other' });
    expect(await t.call('collections.addClippings', { id: youth.id, clippingIds: [ids[0]!, ids[1]!] })).toEqual({ changed: 2 });
    expect(await t.call('collections.addClippings', { id: youth.id, clippingIds: ids })).toEqual({ changed: 1 });
    await t.call('collections.addClippings', { id: other.id, clippingIds: [ids[0]!] });
    expect(await countsByName()).toEqual({ Other: 1, 'Youth policy': 3 });
    expect(await listed('in:"Youth policy"')).toEqual(ids);
    expect(await listed('in:"youth POLICY"')).toEqual(ids);
    expect(await listed('in:Other')).toEqual([ids[0]]);
    expect(await listed('in:"Youth policy" -in:Other')).toEqual([ids[1], ids[2]]);
    expect((await t.call('clippings.get', { id: ids[0]! })).collectionIds.sort()).toEqual([youth.id, other.id].sort());

    expect(await t.call('collections.removeClippings', { id: youth.id, clippingIds: [ids[1]!, ids[1]!] })).toEqual({ changed: 1 });
    expect(await countsByName()).toEqual({ Other: 1, 'Youth policy': 2 });
    expect(await listed('in:"Youth policy"')).toEqual([ids[0], ids[2]]);

    const missing = await t.call('clippings.list', { query: 'in:Nowhere' });
    expect(missing.total).toBe(0);
    expect(missing.searched.notes.join(' ')).toContain('Nowhere');
  });

  it('counts follow trash, restore, new versions and emptying the trash', async () => {
    const a = t.add('A', { now: minute(1) });
    const b = t.add('B', { now: minute(2) });
    const folder = await t.call('collections.create', { name: 'Folder' });
    await t.call('collections.addClippings', { id: folder.id, clippingIds: [a, b] });
    await t.call('clippings.trash', { id: a });
    expect(await countsByName()).toEqual({ Folder: 1 });
    expect(await listed('in:Folder')).toEqual([b]);
    await t.call('clippings.restore', { id: a });
    expect(await countsByName()).toEqual({ Folder: 2 });
    const bNew = t.add('B v2', { now: minute(3), versionOf: b });
    expect(await countsByName()).toEqual({ Folder: 2 });
    expect(await listed('in:Folder')).toEqual([a, bNew]);
    await t.call('clippings.trashMany', { ids: [a, bNew] });
    // The old version of B comes back into the list, and it was in the folder.
    expect(await countsByName()).toEqual({ Folder: 1 });
    await t.call('trash.empty', {});
    expect(await countsByName()).toEqual({ Folder: 1 });
    expect(await listed('in:Folder')).toEqual([b]);
    // Adding a clipping that is in the trash does not count it until it comes back.
    const c = t.add('C', { now: minute(4) });
    await t.call('clippings.trash', { id: c });
    await t.call('collections.addClippings', { id: folder.id, clippingIds: [c] });
    expect(await countsByName()).toEqual({ Folder: 1 });
    await t.call('clippings.restore', { id: c });
    expect(await countsByName()).toEqual({ Folder: 2 });
  });

  it('moves a collection, but never inside itself or one of its own', async () => {
    const a = await t.call('collections.create', { name: 'A' });
    const b = await t.call('collections.create', { name: 'B', parentId: a.id });
    const c = await t.call('collections.create', { name: 'C', parentId: b.id });
    const d = await t.call('collections.create', { name: 'D' });
    for (const parentId of [a.id, b.id, c.id]) {
      expect(await t.envelope('collections.update', { id: a.id, parentId })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await t.call('collections.update', { id: b.id, parentId: d.id })).toMatchObject({ id: b.id, parentId: d.id });
    expect(await t.call('collections.update', { id: c.id, parentId: null, name: 'C renamed' })).toMatchObject({ parentId: null, name: 'C renamed' });
    // Now A is free to go under C (no longer below it).
    expect(await t.call('collections.update', { id: a.id, parentId: c.id })).toMatchObject({ parentId: c.id });
    expect(await t.envelope('collections.update', { id: c.id, parentId: a.id })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const parents = Object.fromEntries((await t.call('collections.list', {})).map((collection) => [collection.name, collection.parentId]));
    expect(parents).toEqual({ A: c.id, B: d.id, 'C renamed': null, D: null });
  });

  it('deleting a collection deletes those nested in it and keeps the clippings', async () => {
    const ids = [1, 2, 3].map((n) => t.add(`C${n}`, { now: minute(n) }));
    const top = await t.call('collections.create', { name: 'Top' });
    const mid = await t.call('collections.create', { name: 'Mid', parentId: top.id });
    const leaf = await t.call('collections.create', { name: 'Leaf', parentId: mid.id });
    const keep = await t.call('collections.create', { name: 'Keep' });
    await t.call('collections.addClippings', { id: top.id, clippingIds: [ids[0]!] });
    await t.call('collections.addClippings', { id: leaf.id, clippingIds: [ids[1]!] });
    await t.call('collections.addClippings', { id: keep.id, clippingIds: [ids[1]!, ids[2]!] });
    expect(await t.call('collections.delete', { id: top.id })).toEqual({ deleted: 3 });
    expect(await countsByName()).toEqual({ Keep: 2 });
    expect(await listed('')).toEqual(ids);
    expect((await t.call('clippings.get', { id: ids[1]! })).collectionIds).toEqual([keep.id]);
    expect(t.lib.db.prepare('SELECT count(*) AS n FROM collection_clippings WHERE collection_id NOT IN (SELECT id FROM collections)').get()).toEqual({ n: 0 });
    expect(await t.envelope('collections.delete', { id: top.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  // BUG: the sidebar's collection scope is `in:"<name>"` (renderer/src/library/library-scope.ts)
  // and the core's `in:` filter selects every collection with that name
  // (list-filter.ts collectionIds: `WHERE name = ? COLLATE NOCASE`), so two collections
  // named alike ("2025" under two projects) show each other's clippings, and the list's
  // total disagrees with the count beside the collection. Reproduce: create "Project A/2025"
  // and "Project B/2025", add one clipping to each, select one of them in the sidebar →
  // clippings.list {query: 'in:2025'} has total 2 while that collection's count is 1.
  it('the list for a collection in the sidebar shows that collection only', async () => {
    const a = t.add('A', { now: minute(1) });
    const b = t.add('B', { now: minute(2) });
    const projectA = await t.call('collections.create', { name: 'Project A' });
    const projectB = await t.call('collections.create', { name: 'Project B' });
    const yearA = await t.call('collections.create', { name: '2025', parentId: projectA.id });
    const yearB = await t.call('collections.create', { name: '2025', parentId: projectB.id });
    await t.call('collections.addClippings', { id: yearA.id, clippingIds: [a] });
    await t.call('collections.addClippings', { id: yearB.id, clippingIds: [b] });
    const query = listQueryOf({ kind: 'collection', id: yearA.id, name: yearA.name, path: yearA.path }, '');
    const page = await t.call('clippings.list', { query });
    expect(page.total).toBe((await t.call('collections.list', {})).find((c) => c.id === yearA.id)!.count);
    expect(page.items.map((item) => item.id)).toEqual([a]);
  });
});
