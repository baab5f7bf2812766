import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RANK_ALL_LIMIT } from '../../../electron/core/clippings/ranked-window';
import { openTestLibrary, type TestLibrary } from './library-fixture';

/**
 * A word in more clippings than bm25 may rank in time: the clippings with it in their
 * headline come first, the rest newest first — and paging through them is seamless.
 */
let t: TestLibrary;
const headline: number[] = [];
const body: number[] = [];
/** An hour apart, each a distinct publication time. */
const hour = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toISOString();

beforeAll(() => {
  t = openTestLibrary();
  const total = RANK_ALL_LIMIT + 200;
  t.lib.db.transaction(() => {
    for (let i = 0; i < total; i++) {
      const inTitle = i % 700 === 0;
      const id = t.add(inTitle ? `Harbour report ${i}` : `Report ${i}`, {
        paragraphs: [`The harbour board met again, meeting number ${i}.`],
        meta: { published: hour(i) },
      });
      (inTitle ? headline : body).push(id);
    }
    t.add('Unrelated', { paragraphs: ['Nothing to see.'] });
  })();
}, 60_000);
afterAll(() => t.close());

describe('a search with more matches than can be ranked', () => {
  it('lists headline matches first, then the rest newest published first', async () => {
    const result = await t.call('clippings.search', { query: 'harbour', limit: 20 });
    expect(result.total).toBe(headline.length + body.length);
    const ids = result.items.map((item) => item.id);
    expect(new Set(ids.slice(0, headline.length))).toEqual(new Set(headline));
    const rest = ids.slice(headline.length);
    const published = rest.map((id) => result.items.find((item) => item.id === id)!.meta.published!);
    expect(published).toEqual([...published].sort().reverse());
  });

  it('pages through every match once, the same by offset as by ids', async () => {
    const all = await t.call('clippings.ids', { query: 'harbour', sort: 'relevance' });
    expect(all).toHaveLength(headline.length + body.length);
    expect(new Set(all).size).toBe(all.length);
    const paged: number[] = [];
    for (const offset of [0, 3, 100, RANK_ALL_LIMIT]) {
      const page = await t.call('clippings.list', { query: 'harbour', sort: 'relevance', offset, limit: 100 });
      paged.push(...page.items.map((item) => item.id));
      expect(page.items.map((item) => item.id)).toEqual(all.slice(offset, offset + 100));
    }
    expect(paged.length).toBeGreaterThan(0);
  });

  it('still ranks every match by bm25 when the list is asked worst first', async () => {
    const worst = await t.call('clippings.list', { query: 'harbour', sort: 'relevance', direction: 'asc', limit: 5 });
    for (const item of worst.items) expect(headline).not.toContain(item.id);
  });
});
