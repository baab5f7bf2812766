import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClippingList } from '../../../electron/core/clippings/clipping-list';
import type { ListSort, SortDirection } from '../../../shared/domain/list-query';
import { minute, openTestLibrary, prng, type TestLibrary } from './library-fixture';

/**
 * Deep windows of a plain view start their walk at an anchor (every 10,000th row; every
 * 7th here) instead of counting every row before them. Every window at every offset,
 * in every sort and both directions, over rows with many ties on the sort key, is the
 * same as the one counted from the start — also after the library changes between two
 * windows, which drops the anchors.
 */
let t: TestLibrary;
let anchored: ClippingList;
let counted: ClippingList;

const TITLES = ['apple', 'Apple', 'Éclair', 'eclair', 'zebra', '« Zebra', '청년동맹'];
const OUTLETS = ['alpha.example', 'ozet.example', 'yna.co.kr'];

beforeAll(() => {
  t = openTestLibrary();
  const random = prng(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  for (let n = 0; n < 120; n++) {
    const outlet = random() < 0.2 ? null : pick(OUTLETS);
    t.add(pick(TITLES), {
      now: minute(Math.floor(random() * 15)),
      sourceUrl: outlet ? `https://${outlet}/story/${n}` : null,
      meta: { published: random() < 0.3 ? null : `2025-03-${10 + Math.floor(random() * 5)}` },
    });
  }
  anchored = new ClippingList(t.lib.db, t.lib.clippings, { anchorStep: 7 });
  counted = new ClippingList(t.lib.db, t.lib.clippings, { anchorStep: 1_000_000 });
});
afterAll(() => t.close());

const ids = (list: ClippingList, sort: ListSort, direction: SortDirection, offset: number, view: 'library' | 'trash' = 'library') =>
  list.page({ view, query: '', sort, direction, limit: 9, offset }).items.map((item) => item.id);

describe('windows from anchors', () => {
  for (const sort of ['captured', 'published', 'title', 'outlet'] as const) {
    for (const direction of ['asc', 'desc'] as const) {
      it(`${sort} ${direction}: every window is the one counted from the start`, () => {
        // Deep first, then shallower: anchors found by a deep window serve the others.
        for (const offset of [100, 3, 64, 7, 8, 13, 14, 15, 56, 119, 120, 125, 200]) {
          expect(ids(anchored, sort, direction, offset), `offset ${offset}`).toEqual(ids(counted, sort, direction, offset));
        }
        for (let offset = 0; offset < 130; offset++) expect(ids(anchored, sort, direction, offset), `offset ${offset}`).toEqual(ids(counted, sort, direction, offset));
      });
    }
  }

  it('drops the anchors when the library changes', async () => {
    expect(ids(anchored, 'title', 'asc', 70)).toEqual(ids(counted, 'title', 'asc', 70));
    const all = await t.call('clippings.ids', { sort: 'title', direction: 'asc' });
    // Rows before the anchors leave, new ones come in: every anchor moves.
    await t.call('clippings.trashMany', { ids: all.slice(0, 10) });
    for (let n = 0; n < 5; n++) t.add('aardvark', { now: minute(60 + n) });
    for (const offset of [7, 35, 70, 105, 118]) expect(ids(anchored, 'title', 'asc', offset), `offset ${offset}`).toEqual(ids(counted, 'title', 'asc', offset));
    // The trash (sorted by when things were thrown away) too.
    for (const offset of [0, 7, 8]) expect(ids(anchored, 'captured', 'desc', offset, 'trash')).toEqual(ids(counted, 'captured', 'desc', offset, 'trash'));
  });

  it('leaves searches to the plain walk', () => {
    const page = anchored.page({ view: 'library', query: 'title:apple', sort: 'title', direction: 'asc', limit: 9, offset: 10 });
    expect(page.items.map((item) => item.id)).toEqual(counted.page({ view: 'library', query: 'title:apple', sort: 'title', direction: 'asc', limit: 9, offset: 10 }).items.map((item) => item.id));
  });
});
