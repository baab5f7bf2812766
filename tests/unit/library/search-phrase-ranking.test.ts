import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RANK_ALL_LIMIT } from '../../../electron/core/clippings/ranked-window';
import { openTestLibrary, type TestLibrary } from './library-fixture';

/**
 * A phrase with more matches than are ranked shows its headline matches first, ranked;
 * those are scored as they are counted and ranked in JavaScript, so the order must be
 * SQLite's own (bm25, ties newest capture first), with the trash left out.
 */
let t: TestLibrary;
const trashed: number[] = [];

beforeAll(() => {
  t = openTestLibrary();
  t.lib.db.transaction(() => {
    for (let i = 0; i < RANK_ALL_LIMIT / 4 + 100; i++) {
      const filler = 'and more words '.repeat(i % 7);
      // Repeated texts tie on bm25; the tie goes to the newer capture.
      const inTitle = i % 6 === 0;
      const id = t.add(inTitle ? `Harbour board ${i % 3}` : `Report ${i % 4}`, { paragraphs: [`The harbour board met ${filler}again.`] });
      if (inTitle && i % 5 === 0) trashed.push(id);
    }
    t.add('Unrelated', { paragraphs: ['The board of the harbour.'] });
  })();
  for (const id of trashed) t.lib.clippings.trash(id);
}, 60_000);
afterAll(() => t.close());

describe('a phrase whose headline matches are ranked from their scores', () => {
  it('lists them best first in SQLite’s order, trash left out', async () => {
    const expected = (
      t.lib.db
        .prepare(
          `SELECT rowid FROM clippings_search WHERE clippings_search MATCH '{title subtitle} : ("harbour board")'
           ORDER BY bm25(clippings_search, 10.0, 4.0, 3.0, 1.0), rowid DESC`,
        )
        .pluck()
        .all() as number[]
    ).filter((id) => !trashed.includes(id));
    const result = await t.call('clippings.search', { query: '"harbour board"', limit: expected.length });
    expect(result.total).toBe(RANK_ALL_LIMIT / 4 + 100 - trashed.length);
    expect(result.items.map((item) => item.id)).toEqual(expected);
  });
});
