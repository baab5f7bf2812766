import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClippingsRepo } from '../../../electron/core/clippings/clippings-repo';
import { databaseFileIn } from '../../../electron/core/data-dir';
import { openDatabase } from '../../../electron/core/db/open-database';
import { preparedClipping } from '../../helpers/prepared';
import { minute, openTestLibrary, type TestLibrary } from './library-fixture';

/** The list and the indexes follow edits; relevance pages; saved searches keep queries. */
let t: TestLibrary;
beforeEach(() => {
  t = openTestLibrary();
});
afterEach(() => t.close());

describe('edits re-sort and re-index', () => {
  it('a new publication date re-sorts the list by published, with its offset', async () => {
    const a = t.add('A', { meta: { published: '2025-03-01' }, now: minute(1) });
    const b = t.add('B', { meta: { published: '2025-03-02' }, now: minute(2) });
    const c = t.add('C', { now: minute(3) }); // no date: its capture time, 2025-03-31
    const order = () => t.call('clippings.ids', { sort: 'published', direction: 'asc' });
    expect(await order()).toEqual([a, b, c]);
    await t.call('clippings.update', { id: a, meta: { published: '2025-04-01T08:00+09:00' } });
    expect(await order()).toEqual([b, c, a]);
    await t.call('clippings.update', { id: c, meta: { published: '2025-02-01T23:30-05:00' } });
    expect(await order()).toEqual([c, b, a]);
    await t.call('clippings.update', { id: c, meta: { published: null } });
    expect(await order()).toEqual([b, c, a]);
    expect(await t.call('clippings.ids', { query: 'before:2025-03-31' })).toEqual([b]);
  });

  it('a new title is searched and sorted by, the old one no longer', async () => {
    const a = t.add('Harbour cranes', { paragraphs: ['Text.'], now: minute(1) });
    const b = t.add('Zinc mines', { paragraphs: ['Text.'], now: minute(2) });
    await t.call('clippings.update', { id: b, title: 'Ábalone farms' });
    expect(await t.call('clippings.ids', { sort: 'title' })).toEqual([b, a]);
    expect((await t.call('clippings.search', { query: 'zinc' })).total).toBe(0);
    expect((await t.call('clippings.search', { query: 'abalone' })).items.map((item) => item.id)).toEqual([b]);
  });

  it('searches subtitle and authors too', async () => {
    const a = t.add('Plain title', { paragraphs: ['Text.'], meta: { subtitle: 'A dispatch from Sinuiju', authors: ['Kim Jae-won'] } });
    expect((await t.call('clippings.search', { query: 'sinuiju' })).items.map((item) => item.id)).toEqual([a]);
    expect((await t.call('clippings.search', { query: '"jae won"' })).items.map((item) => item.id)).toEqual([a]);
    await t.call('clippings.update', { id: a, meta: { subtitle: null, authors: [] } });
    expect((await t.call('clippings.search', { query: 'sinuiju' })).total).toBe(0);
  });
});

describe('totals', () => {
  it('follow changes made by another connection (dossier add while the app is open)', async () => {
    t.add('Harbour one', { now: minute(1) });
    const total = async (query: string) => (await t.call('clippings.list', { query, limit: 1 })).total;
    expect(await total('')).toBe(1);
    expect(await total('harbour')).toBe(1);
    const other = openDatabase(databaseFileIn(t.dataDir));
    try {
      const repo = new ClippingsRepo(other);
      const id = repo.insert(preparedClipping('Harbour two', ['Body.']), { origin: 'paste' }).id;
      expect(await total('')).toBe(2);
      expect(await total('harbour')).toBe(2);
      repo.trash(id);
      expect(await total('')).toBe(1);
      expect((await t.call('library.counts', {})).trash).toBe(1);
    } finally {
      other.close();
    }
  });

  it('follow this connection’s changes, also those a filter reaches only through tags', async () => {
    const a = t.add('A', { now: minute(1) });
    const b = t.add('B', { now: minute(2) });
    await t.call('tags.apply', { clippingIds: [a], add: ['DPRK/youth'] });
    const total = async () => (await t.call('clippings.list', { query: 'tag:DPRK', limit: 1 })).total;
    expect(await total()).toBe(1);
    await t.call('tags.apply', { clippingIds: [b], add: ['DPRK'] });
    expect(await total()).toBe(2);
    await t.call('tags.update', { id: (await t.call('tags.list', {})).find((tag) => tag.path === 'DPRK/youth')!.id, path: 'Korea/youth' });
    expect(await total()).toBe(1);
  });
});

describe('search pages and views', () => {
  it('walking relevance pages by offset gives every hit once', async () => {
    const ids = Array.from({ length: 37 }, (_, n) =>
      t.add(n % 3 === 0 ? `Sanctions ${n}` : `Story ${n}`, { paragraphs: [`sanctions ${'and more '.repeat(n % 5)}text ${n}`], now: minute(n % 4) }),
    );
    const seen: number[] = [];
    for (let offset = 0; offset < 50; offset += 8) {
      const page = await t.call('clippings.search', { query: 'sanctions', limit: 8, offset });
      expect(page.total).toBe(37);
      seen.push(...page.items.map((item) => item.id));
    }
    expect(new Set(seen).size).toBe(37);
    expect([...seen].sort((a, b) => a - b)).toEqual(ids);
    // Title hits first.
    expect(seen.slice(0, 13).every((id) => ids.indexOf(id) % 3 === 0)).toBe(true);
    // clippings.ids in relevance order is the same order.
    expect(await t.call('clippings.ids', { query: 'sanctions', sort: 'relevance' })).toEqual(seen);
  });

  it('searches the trash in the trash view only', async () => {
    const live = t.add('Live harbour');
    const gone = t.add('Trashed harbour');
    await t.call('clippings.trash', { id: gone });
    expect((await t.call('clippings.list', { query: 'harbour' })).items.map((item) => item.id)).toEqual([live]);
    const trash = await t.call('clippings.list', { view: 'trash', query: 'harbour', sort: 'relevance' });
    expect(trash.items.map((item) => item.id)).toEqual([gone]);
    expect(trash.items[0]!.snippet).toContain('harbour');
  });
});

describe('saved searches', () => {
  it('creates, lists, updates and deletes, keeping the query as typed', async () => {
    const saved = await t.call('searches.create', { name: ' Youth ', query: 'tag:DPRK/youth "league congress" -sanctions' });
    expect(saved).toMatchObject({ name: 'Youth', query: 'tag:DPRK/youth "league congress" -sanctions', sort: 'relevance' });
    const renamed = await t.call('searches.update', { id: saved.id, name: 'Youth league', sort: 'published' });
    expect(renamed).toMatchObject({ name: 'Youth league', sort: 'published', query: saved.query });
    expect((await t.call('searches.list', {})).map((search) => search.name)).toEqual(['Youth league']);
    expect(await t.call('searches.delete', { id: saved.id })).toEqual({ deleted: 1 });
    expect(await t.call('searches.list', {})).toEqual([]);
    expect(await t.envelope('searches.create', { name: '', query: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
