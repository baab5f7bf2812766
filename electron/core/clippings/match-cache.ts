import type Database from 'better-sqlite3';
import { statement } from '../db/statements';

export type SearchIndex = 'clippings_search' | 'clippings_cjk';

/** A phrase is matched from every position of its words: several times the work of a word. */
export function isPhrase(match: string): boolean {
  return /"[^"]*\s[^"]*"/.test(match);
}

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

  constructor(private readonly db: Database.Database) {}

  /** Captures the index finds (every capture, listed or not): a doclist walk, no join. */
  count(table: SearchIndex, match: string): number {
    const key = `${table}\u0000${match}`;
    let count = this.counts.get(key);
    if (count === undefined) {
      count = isPhrase(match)
        ? this.members(table, match).count
        : (statement(this.db, `SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`).get(match) as { n: number }).n;
      this.counts.set(key, count);
    }
    return count;
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
      list = (statement(this.db, `SELECT json_group_array(rowid) AS ids FROM ${table} WHERE ${table} MATCH ?`).get(match) as { ids: string }).ids;
      this.rowidLists.set(key, list);
    }
    return list;
  }

  /** The matches as a bitmap by rowid (1 = found), for walking an order in JavaScript, and how many they are. */
  members(table: SearchIndex, match: string): { bits: Uint8Array; count: number } {
    const key = `${table}\u0000${match}`;
    let set = this.memberSets.get(key);
    if (!set) {
      const ids = JSON.parse(this.rowids(table, match)) as number[];
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
    return isPhrase(match)
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
