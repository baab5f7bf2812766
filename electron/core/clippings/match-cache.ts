import type Database from 'better-sqlite3';
import { statement } from '../db/statements';

export type SearchIndex = 'clippings_search' | 'clippings_cjk';

/**
 * What one request learns about a MATCH, kept for the rest of it: a phrase of common
 * words costs milliseconds to evaluate, and the total, the ranking and the headline
 * pass would otherwise evaluate it again each.
 */
export class MatchCache {
  private readonly counts = new Map<string, number>();
  private readonly unlistedSets = new Map<string, Set<number>>();

  constructor(private readonly db: Database.Database) {}

  /** Captures the index finds (every capture, listed or not): a doclist walk, no join. */
  count(table: SearchIndex, match: string): number {
    const key = `${table}\u0000${match}`;
    let count = this.counts.get(key);
    if (count === undefined) {
      count = (statement(this.db, `SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`).get(match) as { n: number }).n;
      this.counts.set(key, count);
    }
    return count;
  }

  /** The matches outside the library view (trash, earlier versions): few, read from their own index. */
  unlisted(table: SearchIndex, match: string): Set<number> {
    const key = `${table}\u0000${match}`;
    let ids = this.unlistedSets.get(key);
    if (!ids) {
      const rows = statement(this.db, `SELECT c.id FROM clippings c WHERE c.listed = 0 AND +c.id IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ?)`).all(match);
      ids = new Set((rows as Array<{ id: number }>).map((row) => row.id));
      this.unlistedSets.set(key, ids);
    }
    return ids;
  }
}
