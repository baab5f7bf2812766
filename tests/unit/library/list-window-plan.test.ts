import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minute, openTestLibrary, type TestLibrary } from './library-fixture';

/**
 * A window of the list in a keyed sort is one statement: the window walked on the sort's
 * index alone, then its rows read by id, in the window's order. The plan is what keeps a
 * window at offset 99,000 of 100,000 as fast as the first (bench:library): no sort of
 * the whole list, no row read for the rows skipped.
 */
let t: TestLibrary;
const statements: string[] = [];

beforeAll(() => {
  t = openTestLibrary();
  for (let i = 0; i < 30; i++) t.add(`Clipping ${i}`, { now: minute(i) });
  const prepare = t.lib.db.prepare.bind(t.lib.db);
  t.lib.db.prepare = ((sql: string) => {
    statements.push(sql);
    return prepare(sql);
  }) as typeof t.lib.db.prepare;
});
afterAll(() => t.close());

describe('the statement of a list window', () => {
  for (const sort of ['captured', 'published', 'title', 'outlet'] as const) {
    for (const direction of ['asc', 'desc'] as const) {
      it(`${sort} ${direction}: walks the sort's index, reads only the rows shown, sorts nothing`, async () => {
        statements.length = 0;
        const page = await t.call('clippings.list', { sort, direction, limit: 10, offset: 5 });
        expect(page.items).toHaveLength(10);
        const window = statements.find((sql) => sql.includes(' w CROSS JOIN clippings c'));
        expect(window).toBeDefined();
        const plan = (t.lib.db.prepare(`EXPLAIN QUERY PLAN ${window!}`).all({ limit: 11, offset: 5 }) as Array<{ detail: string }>).map((row) => row.detail);
        expect(plan).toContainEqual(expect.stringMatching(/^SCAN c USING COVERING INDEX clippings_listed_by_/));
        expect(plan).toContain('SEARCH c USING INTEGER PRIMARY KEY (rowid=?)');
        expect(plan.filter((detail) => detail.includes('TEMP B-TREE'))).toEqual([]);
      });
    }
  }
});
