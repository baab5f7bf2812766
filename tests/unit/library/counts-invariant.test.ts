import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { minute, openTestLibrary, prng, type TestLibrary } from './library-fixture';

/**
 * The sidebar's counts are kept by triggers; here they are checked against a recount
 * from scratch with plain SQL after long random sequences of every operation that
 * moves them. A failure prints the seed and step, so the run can be replayed.
 */
let t: TestLibrary;
beforeEach(() => {
  t = openTestLibrary();
});
afterEach(() => t.close());

const SEGMENTS = [['DPRK', 'ROK', 'Japan', 'dprk'], ['youth', 'military', 'Youth', 'economy'], ['league', 'camps']];
const DOMAINS = ['yna.co.kr', 'kcna.kp', 'nknews.org', 'www.rodong.rep.kp'];

interface Mismatch {
  table: string;
  id: number;
  stored: number;
  recount: number;
}

/** Every stored count that differs from a recount over listed clippings. */
function mismatches(): Mismatch[] {
  const db = t.lib.db;
  const tags = db
    .prepare(
      `WITH RECURSIVE under(ancestor, tag) AS (
         SELECT id, id FROM tags UNION SELECT under.ancestor, child.id FROM tags child JOIN under ON child.parent_id = under.tag)
       SELECT 'tags' AS "table", t.id, t.clipping_count AS stored,
         (SELECT count(DISTINCT c.id) FROM under u JOIN clipping_tags ct ON ct.tag_id = u.tag JOIN clippings c ON c.id = ct.clipping_id
          WHERE u.ancestor = t.id AND c.listed = 1) AS recount
       FROM tags t`,
    )
    .all() as Mismatch[];
  const collections = db
    .prepare(
      `SELECT 'collections' AS "table", k.id, k.clipping_count AS stored,
         (SELECT count(DISTINCT c.id) FROM collection_clippings cc JOIN clippings c ON c.id = cc.clipping_id
          WHERE cc.collection_id = k.id AND c.listed = 1) AS recount
       FROM collections k`,
    )
    .all() as Mismatch[];
  const outlets = db
    .prepare(
      `SELECT 'outlets' AS "table", o.id, o.clipping_count AS stored,
         (SELECT count(*) FROM clippings c WHERE c.outlet_id = o.id AND c.listed = 1) AS recount
       FROM outlets o`,
    )
    .all() as Mismatch[];
  return [...tags, ...collections, ...outlets].filter((row) => row.stored !== row.recount);
}

/** `listed` itself: exactly the newest capture not in the trash of each article. */
function listedMismatches(): number {
  return (
    t.lib.db
      .prepare(
        `SELECT count(*) AS n FROM clippings c WHERE c.listed <> (c.trashed_at IS NULL AND c.id = (
           SELECT max(n.id) FROM clippings n WHERE n.article_id = c.article_id AND n.trashed_at IS NULL))`,
      )
      .get() as { n: number }
  ).n;
}

/** Totals as the list reports them: the library, the trash, and one tag's filter. */
async function listTotals(): Promise<number[]> {
  const total = async (view: 'library' | 'trash', query: string) => (await t.call('clippings.list', { view, query, limit: 1 })).total;
  return [await total('library', ''), await total('trash', ''), await total('library', 'tag:DPRK'), await total('library', 'is:starred -is:read')];
}

function recountTotals(): number[] {
  const n = (sql: string) => (t.lib.db.prepare(sql).get() as { n: number }).n;
  const dprk = t.lib.db.prepare("SELECT id FROM tags WHERE path_key = 'dprk'").get() as { id: number } | undefined;
  return [
    n('SELECT count(*) AS n FROM clippings WHERE listed = 1'),
    n('SELECT count(*) AS n FROM clippings WHERE trashed_at IS NOT NULL'),
    dprk
      ? n(`SELECT count(DISTINCT c.id) AS n FROM clippings c JOIN clipping_tags ct ON ct.clipping_id = c.id JOIN tag_closure tc ON tc.descendant_id = ct.tag_id
           WHERE c.listed = 1 AND tc.ancestor_id = ${dprk.id}`)
      : 0,
    n('SELECT count(*) AS n FROM clippings WHERE listed = 1 AND starred = 1 AND read_at IS NULL'),
  ];
}

async function runRandom(seed: number, steps: number): Promise<void> {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const some = <T>(items: readonly T[], max: number): T[] => {
    const n = 1 + Math.floor(random() * Math.min(max, items.length));
    return [...new Set(Array.from({ length: n }, () => pick(items)))];
  };
  const randomPath = () => {
    const depth = 1 + Math.floor(random() * 3);
    return SEGMENTS.slice(0, depth).map(pick).join('/');
  };
  const allIds = () => (t.lib.db.prepare('SELECT id FROM clippings').all() as Array<{ id: number }>).map((row) => row.id);
  const tagIds = () => (t.lib.db.prepare('SELECT id FROM tags').all() as Array<{ id: number }>).map((row) => row.id);
  const collectionIds = () => (t.lib.db.prepare('SELECT id FROM collections').all() as Array<{ id: number }>).map((row) => row.id);
  let clock = 0;
  const addClipping = () =>
    t.add(`Clipping ${clock}`, {
      now: minute(clock++),
      sourceUrl: random() < 0.8 ? `https://${pick(DOMAINS)}/story/${clock}` : null,
      meta: random() < 0.5 ? { outlet: pick(['Yonhap', 'KCNA', null]) } : undefined,
    });
  for (let n = 0; n < 12; n++) addClipping();

  const operations: Array<[string, number, () => Promise<unknown>]> = [
    ['add', 2, async () => addClipping()],
    ['new version', 2, async () => {
      const ids = allIds();
      if (ids.length > 0) t.add(`Version ${clock}`, { now: minute(clock++), versionOf: pick(ids), sourceUrl: `https://${pick(DOMAINS)}/v/${clock}` });
    }],
    ['tag', 5, () => t.call('tags.apply', { clippingIds: some(allIds(), 5), add: some([randomPath(), randomPath()], 2) })],
    ['untag', 3, async () => {
      if (tagIds().length > 0) await t.call('tags.apply', { clippingIds: some(allIds(), 6), remove: some(tagIds(), 3) });
    }],
    ['trash', 3, () => t.call('clippings.trashMany', { ids: some(allIds(), 4) })],
    ['restore', 3, () => t.call('clippings.restoreMany', { ids: some(allIds(), 4) })],
    ['move tag', 2, async () => {
      if (tagIds().length > 0) await t.call('tags.update', { id: pick(tagIds()), path: randomPath() });
    }],
    ['merge tags', 2, async () => {
      if (tagIds().length > 1) await t.call('tags.merge', { sourceId: pick(tagIds()), targetId: pick(tagIds()) });
    }],
    ['delete tag', 1, async () => {
      if (tagIds().length > 0) await t.call('tags.delete', { id: pick(tagIds()) });
    }],
    ['empty trash', 1, () => t.call('trash.empty', {})],
    ['flag', 2, () => t.call('clippings.setFlags', { ids: some(allIds(), 5), starred: random() < 0.6, read: random() < 0.4 })],
    ['collect', 3, async () => {
      if (collectionIds().length < 4) await t.call('collections.create', { name: `C${clock}`, parentId: collectionIds().length > 0 && random() < 0.5 ? pick(collectionIds()) : null });
      await t.call('collections.addClippings', { id: pick(collectionIds()), clippingIds: some(allIds(), 5) });
    }],
    ['uncollect', 1, async () => {
      if (collectionIds().length > 0) await t.call('collections.removeClippings', { id: pick(collectionIds()), clippingIds: some(allIds(), 5) });
    }],
    ['delete collection', 1, async () => {
      if (collectionIds().length > 0 && random() < 0.3) await t.call('collections.delete', { id: pick(collectionIds()) });
    }],
  ];
  const weighted = operations.flatMap((operation) => Array.from({ length: operation[1] }, () => operation));

  for (let step = 0; step < steps; step++) {
    const [name, , run] = pick(weighted);
    try {
      await run();
    } catch (error) {
      // Refusals (a conflict, a merge into a descendant, an empty selection) are part of the game.
      if (!(error instanceof ApiError) || error.code === 'internal') throw new Error(`seed ${seed}, step ${step} (${name}): ${String(error)}`);
    }
    const wrong = mismatches();
    if (wrong.length > 0 || listedMismatches() > 0) {
      expect({ seed, step, operation: name, wrong, listed: listedMismatches() }).toEqual({ seed, step, operation: name, wrong: [], listed: 0 });
    }
    // The list's totals (which the list may cache) follow every change too.
    const totals = await listTotals();
    expect({ seed, step, operation: name, totals }).toEqual({ seed, step, operation: name, totals: recountTotals() });
  }
}

describe('counts kept by triggers equal a recount from scratch', () => {
  for (const seed of [1, 2, 3, 20250331]) {
    it(`after 300 random operations (seed ${seed})`, async () => {
      await runRandom(seed, 300);
      // The run did real work: some tags and collections hold listed clippings.
      const counted = t.lib.db.prepare('SELECT (SELECT sum(clipping_count) FROM tags) AS tags, (SELECT sum(clipping_count) FROM outlets) AS outlets').get() as {
        tags: number;
        outlets: number;
      };
      expect(counted.tags).toBeGreaterThan(0);
      expect(counted.outlets).toBeGreaterThan(0);
      expect(mismatches()).toEqual([]);
    });
  }

  it('the recount notices a count that is off (the check is not vacuous)', async () => {
    await runRandom(5, 60);
    expect(mismatches()).toEqual([]);
    t.lib.db.prepare('UPDATE tags SET clipping_count = clipping_count + 1 WHERE id = (SELECT min(id) FROM tags)').run();
    t.lib.db.prepare('UPDATE outlets SET clipping_count = clipping_count + 1 WHERE id = (SELECT min(id) FROM outlets)').run();
    expect(mismatches().map((row) => row.table).sort()).toEqual(['outlets', 'tags']);
  });

  it('the library counts agree with the list totals', async () => {
    await runRandom(7, 120);
    const counts = await t.call('library.counts', {});
    expect(counts.library).toBe((await t.call('clippings.list', { limit: 1 })).total);
    expect(counts.trash).toBe((await t.call('clippings.list', { view: 'trash', limit: 1 })).total);
    expect(counts.unread).toBe((await t.call('clippings.list', { query: 'is:unread', limit: 1 })).total);
  });
});
