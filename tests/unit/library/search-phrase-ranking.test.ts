import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from './library-fixture';

/**
 * A phrase with few enough matches is scored once, as it is counted, and ranked in
 * JavaScript: the order must be SQLite's own (bm25, ties newest capture first), with
 * the trash left out.
 */
let t: TestLibrary;
const trashed: number[] = [];

beforeAll(() => {
  t = openTestLibrary();
  t.lib.db.transaction(() => {
    for (let i = 0; i < 120; i++) {
      const filler = 'and more words '.repeat(i % 7);
      // Repeated texts tie on bm25; the tie goes to the newer capture.
      const id = t.add(i % 5 === 0 ? `Harbour board ${i % 3}` : `Report ${i % 4}`, { paragraphs: [`The harbour board met ${filler}again.`] });
      if (i % 17 === 0) trashed.push(id);
    }
    t.add('Unrelated', { paragraphs: ['The board of the harbour.'] });
  })();
  for (const id of trashed) t.lib.clippings.trash(id);
});
afterAll(() => t.close());

const sqliteOrder = (order: 'ASC' | 'DESC') =>
  (
    t.lib.db
      .prepare(
        `SELECT rowid FROM clippings_search WHERE clippings_search MATCH '"harbour board"'
         ORDER BY bm25(clippings_search, 10.0, 4.0, 3.0, 1.0) ${order}, rowid DESC`,
      )
      .pluck()
      .all() as number[]
  ).filter((id) => !trashed.includes(id));

describe('a phrase ranked from its scores', () => {
  it('lists best first in SQLite’s order, trash left out', async () => {
    const result = await t.call('clippings.search', { query: '"harbour board"', limit: 200 });
    expect(result.total).toBe(120 - trashed.length);
    expect(result.items.map((item) => item.id)).toEqual(sqliteOrder('ASC'));
  });

  it('lists worst first, and pages by offset', async () => {
    const page = await t.call('clippings.list', { query: '"harbour board"', sort: 'relevance', direction: 'asc', offset: 10, limit: 30 });
    expect(page.items.map((item) => item.id)).toEqual(sqliteOrder('DESC').slice(10, 40));
  });
});
