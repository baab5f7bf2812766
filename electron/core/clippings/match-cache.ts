import type Database from 'better-sqlite3';
import { rawStatement, statement } from '../db/statements';

export type SearchIndex = 'clippings_search' | 'clippings_cjk';

/**
 * Beyond this many matches, ranking every one by bm25 costs more than a keystroke may
 * (about 1.5 µs a match), and tells the reader little: a word in a third of the
 * library scores nearly alike everywhere. Such searches show the clippings with the
 * words in their headline first (ranked, or newest first if there are still too many),
 * then the rest newest first.
 */
export const RANK_ALL_LIMIT = 3000;

export const BM25: Record<SearchIndex, string> = {
  clippings_search: 'bm25(clippings_search, 10.0, 4.0, 3.0, 1.0)',
  clippings_cjk: 'bm25(clippings_cjk, 10.0, 1.0)',
};

/** A phrase is matched from every position of its words: several times the work of a word. */
export function isPhrase(match: string): boolean {
  return /"[^"]*\s[^"]*"/.test(match);
}

/** Whether every match is ranked by bm25 (a phrase counts fourfold: see RANK_ALL_LIMIT). */
export function ranksAll(count: number, match: string): boolean {
  return (isPhrase(match) ? count * 4 : count) <= RANK_ALL_LIMIT;
}

/** A match with its bm25 score, as [rowid, score]. */
export type Scored = [id: number, score: number];

/**
 * What one request learns about a MATCH, kept for the rest of it: a phrase of common
 * words costs milliseconds to evaluate, and the total, the ranking and the headline
 * pass would otherwise evaluate it again each.
 */
export class MatchCache {
  private readonly counts = new Map<string, number>();
  private readonly unlistedSets = new Map<string, Set<number>>();
  private readonly rowidLists = new Map<string, string>();
  private readonly memberSets = new Map<string, { bits: Uint8Array; count: number }>();
  private readonly scoredLists = new Map<string, Scored[] | null>();

  constructor(private readonly db: Database.Database) {}

  /**
   * Captures the index finds (every capture, listed or not). `rankable`: the caller
   * ranks this match when it has few enough, so they are scored as they are counted.
   */
  count(table: SearchIndex, match: string, rankable = false): number {
    const key = `${table}\u0000${match}`;
    let count = this.counts.get(key);
    if (count === undefined) {
      const scored = rankable || (isPhrase(match) && this.probablyFew(table, match)) ? this.scored(table, match) : null;
      count = scored
        ? scored.length
        : isPhrase(match)
          ? this.members(table, match).count
          : (statement(this.db, `SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`).get(match) as { n: number }).n;
      this.counts.set(key, count);
    }
    return count;
  }

  /**
   * Every match with its bm25 score, from one evaluation, when they are few enough to
   * rank all (`ranksAll`); null when there are more. Counting and then ranking a phrase
   * read its words' position lists twice. The scan stops one row past the limit, but
   * bm25 evaluates a phrase once more to weigh it (FTS5 counts the rows it is in), so a
   * phrase with too many matches costs an evaluation, 751 scores and part of another:
   * worth it where nearly all are few enough, as a phrase's headline matches are.
   */
  scored(table: SearchIndex, match: string): Scored[] | null {
    const key = `${table}\u0000${match}`;
    let scored = this.scoredLists.get(key);
    if (scored === undefined) {
      const most = isPhrase(match) ? Math.floor(RANK_ALL_LIMIT / 4) : RANK_ALL_LIMIT;
      const rows = rawStatement(this.db, `SELECT rowid, ${BM25[table]} FROM ${table} WHERE ${table} MATCH ? LIMIT ?`).all(match, most + 1) as Scored[];
      scored = rows.length > most ? null : rows;
      this.scoredLists.set(key, scored);
    }
    return scored;
  }

  /**
   * Whether a phrase probably has few enough matches to rank all (then it is scored as
   * it is counted): estimated from the rowid of its 64th match, as captures come in no
   * order of their words. Finding 64 costs a fraction of an evaluation (~0.5–1.3 ms for
   * phrases of common words), against an evaluation saved or, guessed wrong, wasted.
   */
  private probablyFew(table: SearchIndex, match: string): boolean {
    const SAMPLE = 64;
    const first = rawStatement(this.db, `SELECT rowid FROM ${table} WHERE ${table} MATCH ? LIMIT ${SAMPLE}`).all(match) as Array<[id: number]>;
    if (first.length < SAMPLE) return true;
    const top = (statement(this.db, 'SELECT max(id) AS id FROM clippings').get() as { id: number }).id;
    return (SAMPLE * top) / first[SAMPLE - 1]![0] <= RANK_ALL_LIMIT / 4;
  }

  /** `scored` if this request has scored the match already. */
  scoredIfKnown(table: SearchIndex, match: string): Scored[] | null {
    return this.scoredLists.get(`${table}\u0000${match}`) ?? null;
  }

  /**
   * The matches as a JSON array of rowids, evaluated once and then read with json_each.
   * SQLite makes the array: a row a time through better-sqlite3 cost as much again as
   * evaluating a phrase of common words.
   */
  rowids(table: SearchIndex, match: string): string {
    const key = `${table}\u0000${match}`;
    let list = this.rowidLists.get(key);
    if (list === undefined) {
      const scored = this.scoredLists.get(key);
      list = scored
        ? JSON.stringify(scored.map(([id]) => id))
        : (statement(this.db, `SELECT json_group_array(rowid) AS ids FROM ${table} WHERE ${table} MATCH ?`).get(match) as { ids: string }).ids;
      this.rowidLists.set(key, list);
    }
    return list;
  }

  /** The matches as a bitmap by rowid (1 = found), for walking an order in JavaScript, and how many they are. */
  members(table: SearchIndex, match: string): { bits: Uint8Array; count: number } {
    const key = `${table}\u0000${match}`;
    let set = this.memberSets.get(key);
    if (!set) {
      const ids = this.scoredLists.get(key)?.map(([id]) => id) ?? (JSON.parse(this.rowids(table, match)) as number[]);
      let max = 0;
      for (const id of ids) if (id > max) max = id;
      const bits = new Uint8Array(max + 1);
      for (const id of ids) bits[id] = 1;
      set = { bits, count: ids.length };
      this.memberSets.set(key, set);
    }
    return set;
  }

  /** SQL for "the rowids this match finds" and its parameter. */
  source(table: SearchIndex, match: string): { sql: string; value: string } {
    return isPhrase(match) || this.scoredLists.get(`${table}\u0000${match}`)
      ? { sql: 'SELECT value FROM json_each(?)', value: this.rowids(table, match) }
      : { sql: `SELECT rowid FROM ${table} WHERE ${table} MATCH ?`, value: match };
  }

  /** The matches outside the library view (trash, earlier versions): few, read from their own index. */
  unlisted(table: SearchIndex, match: string): Set<number> {
    const key = `${table}\u0000${match}`;
    let ids = this.unlistedSets.get(key);
    if (!ids) {
      const { sql, value } = this.source(table, match);
      const rows = statement(this.db, `SELECT c.id FROM clippings c WHERE c.listed = 0 AND +c.id IN (${sql})`).all(value);
      ids = new Set((rows as Array<{ id: number }>).map((row) => row.id));
      this.unlistedSets.set(key, ids);
    }
    return ids;
  }
}
