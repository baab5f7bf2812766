import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minute, openTestLibrary, type TestLibrary } from './library-fixture';

/** Search through the contract, as the search box and `dossier search` do. */
let t: TestLibrary;
let ids: Record<string, number>;

beforeAll(() => {
  t = openTestLibrary();
  ids = {
    titleHit: t.add('Sanctions tightened on shipping', { paragraphs: ['Ministers met on Monday to discuss ports and vessels.'], now: minute(1) }),
    bodyHit: t.add('Ministers meet in Brussels', { paragraphs: ['Ministers met on Monday to discuss sanctions and vessels.'], now: minute(2) }),
    etude: t.add('Étude sur la jeunesse', { paragraphs: ['Une étude publiée à Pyongyang sur le Congrès de la jeunesse.'], now: minute(3), meta: { lang: 'fr' } }),
    league: t.add('Congress opens', { paragraphs: ['The youth league congress opened in PYONGYANG on Monday.'], now: minute(4), meta: { lang: 'en' } }),
    reversed: t.add('League notes', { paragraphs: ['A league of youth organisations met in Seoul.'], now: minute(5), meta: { lang: 'en' } }),
    northKorea: t.add('North Korea fires missile', { paragraphs: ['North Korea fired a ballistic missile into the sea.'], now: minute(6) }),
    southKorea: t.add('South Korea elections', { paragraphs: ['South Korea held local elections.'], now: minute(7) }),
  };
});
afterAll(() => t.close());

async function search(query: string, limit = 50) {
  return t.call('clippings.search', { query, limit });
}

async function hits(query: string): Promise<number[]> {
  return (await search(query)).items.map((item) => item.id).sort((a, b) => a - b);
}

describe('clippings.search', () => {
  it('returns {total, items: [{id, title, snippet, …}], searched}', async () => {
    const result = await search('sanctions');
    expect(Object.keys(result).sort()).toEqual(['items', 'searched', 'total']);
    expect(result.total).toBe(2);
    expect(result.searched).toEqual({ query: 'sanctions', notes: [] });
    const [first] = result.items;
    expect(first).toMatchObject({ id: expect.any(Number), title: expect.any(String), snippet: expect.any(String), tags: [], read: false });
    const body = result.items.find((item) => item.id === ids.bodyHit)!;
    expect(body.snippet).toContain('sanctions');
    const [start, end] = body.highlights[0]!;
    expect(body.snippet.slice(start, end).toLowerCase()).toBe('sanctions');
    // A hit in the title alone still has a snippet (the text's opening).
    expect(result.items.find((item) => item.id === ids.titleHit)!.snippet).toContain('Ministers');
  });

  it('ranks a hit in the title above one in the body', async () => {
    const result = await search('sanctions');
    // The title hit is older, so it is not first by the id tie-break.
    expect(result.items.map((item) => item.id)).toEqual([ids.titleHit, ids.bodyHit]);
  });

  it('limits and pages the hits, total counting them all', async () => {
    const first = await t.call('clippings.search', { query: 'korea', limit: 1 });
    const second = await t.call('clippings.search', { query: 'korea', limit: 1, offset: 1 });
    expect(first.total).toBe(2);
    expect(first.items).toHaveLength(1);
    expect(second.items).toHaveLength(1);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
  });

  it('ignores case and accents', async () => {
    expect(await hits('ETUDE')).toEqual([ids.etude]);
    expect(await hits('étude')).toEqual([ids.etude]);
    expect(await hits('jeunesse congres')).toEqual([ids.etude]);
    expect(await hits('pyongyang')).toEqual([ids.etude, ids.league].sort((a, b) => a! - b!));
  });

  it('matches a phrase only with its words in order and together', async () => {
    expect(await hits('"youth league"')).toEqual([ids.league]);
    expect(await hits('youth league')).toEqual([ids.league, ids.reversed].sort((a, b) => a! - b!));
    expect(await hits('"north korea"')).toEqual([ids.northKorea]);
  });

  it('matches a prefix', async () => {
    expect(await hits('pyong*')).toEqual([ids.etude, ids.league].sort((a, b) => a! - b!));
    expect(await hits('ballist*')).toEqual([ids.northKorea]);
    expect(await hits('mon*')).toEqual([ids.titleHit, ids.bodyHit, ids.league]);
    expect(await hits('s*')).toHaveLength(6);
    expect(await hits('ballistics')).toEqual([]);
  });

  it('excludes words and phrases', async () => {
    expect(await hits('korea -north')).toEqual([ids.southKorea]);
    expect(await hits('korea -"north korea"')).toEqual([ids.southKorea]);
    expect(await hits('-korea -sanctions -youth -jeunesse')).toEqual([]);
    const onlyExcluded = await search('-korea');
    expect(onlyExcluded.total).toBe(5);
    // Without words to look for there is no snippet; the excerpt stands in.
    expect(onlyExcluded.items[0]!.snippet).toBe(onlyExcluded.items[0]!.excerpt);
  });

  it('combines words with lang:, after: and before:', async () => {
    t.lib.db.prepare("UPDATE clippings SET published_at = '2025-01-15' WHERE id = ?").run(ids.reversed);
    expect(await hits('youth lang:en')).toEqual([ids.league, ids.reversed].sort((a, b) => a! - b!));
    expect(await hits('youth lang:fr')).toEqual([]);
    expect(await hits('youth before:2025-02')).toEqual([ids.reversed]);
    expect(await hits('youth after:2025-02')).toEqual([ids.league]);
    expect(await hits('jeunesse lang:fr')).toEqual([ids.etude]);
  });

  it('sorts hits by date when asked', async () => {
    const byDate = await t.call('clippings.search', { query: 'korea', sort: 'captured' });
    expect(byDate.items.map((item) => item.id)).toEqual([ids.southKorea, ids.northKorea]);
  });

  it('rejects a query over 2,000 characters at the boundary, with a message', async () => {
    const reply = await t.envelope('clippings.search', { query: 'x'.repeat(2001), limit: 5 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(reply.ok ? '' : reply.error.message).toContain('too long');
  });
});
