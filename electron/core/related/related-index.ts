import type Database from 'better-sqlite3';
import { statement } from '../db/statements';
import { textTerms } from './related-terms';

/**
 * Document frequencies for related coverage (`related_df`, 0006). A stored body adds
 * its distinct terms, a changed text swaps them; clippings older than the migration are
 * counted lazily by `backfillRelated`, oldest first, so that until it finishes the
 * frequencies are those of a sample of the library (and idf = log(1 + docs/df) stays
 * a fair estimate).
 */
export interface RelatedState {
  docs: number;
  backfillNext: number;
  backfillUntil: number;
}

export function relatedState(db: Database.Database): RelatedState {
  return statement(db, 'SELECT docs, backfill_next AS backfillNext, backfill_until AS backfillUntil FROM related_state WHERE id = 1').get() as RelatedState;
}

/** Counts a newly stored text (call in the transaction that stores the body). */
export function indexRelatedText(db: Database.Database, text: string): void {
  addTerms(db, distinctTerms(text), 1);
  statement(db, 'UPDATE related_state SET docs = docs + 1 WHERE id = 1').run();
}

/**
 * A clipping's text is about to become `text` (call before its body is updated, in the
 * same transaction): its old terms are uncounted, the new counted. A clipping the
 * backfill has not reached yet is left to it.
 */
export function reindexRelatedText(db: Database.Database, id: number, text: string): void {
  const old = statement(db, 'SELECT text FROM clipping_bodies WHERE clipping_id = ?').get(id) as { text: string } | undefined;
  if (!old) return;
  const state = relatedState(db);
  if (id >= state.backfillNext && id <= state.backfillUntil) return;
  const before = distinctTerms(old.text);
  const after = distinctTerms(text);
  addTerms(db, [...before].filter((term) => !after.has(term)), -1);
  addTerms(db, [...after].filter((term) => !before.has(term)), 1);
}

/**
 * Counts up to `maxRows` clippings stored before related coverage existed, or for at
 * most `budgetMs` once `minRows` are done; returns how many remain.
 */
export function backfillRelated(db: Database.Database, options: { maxRows?: number; minRows?: number; budgetMs?: number } = {}): number {
  const { maxRows = Infinity, minRows = 0, budgetMs = Infinity } = options;
  const started = performance.now();
  const next = statement(db, 'SELECT clipping_id AS id, text FROM clipping_bodies WHERE clipping_id >= ? AND clipping_id <= ? ORDER BY clipping_id LIMIT ?');
  let done = 0;
  for (;;) {
    const state = relatedState(db);
    if (state.backfillNext > state.backfillUntil) return 0;
    if (done >= maxRows || (done >= minRows && performance.now() - started >= budgetMs)) {
      return (statement(db, 'SELECT count(*) AS n FROM clipping_bodies WHERE clipping_id >= ? AND clipping_id <= ?').get(state.backfillNext, state.backfillUntil) as { n: number }).n;
    }
    const chunk = Math.min(200, maxRows - done);
    db.transaction(() => {
      const rows = next.all(state.backfillNext, state.backfillUntil, chunk) as Array<{ id: number; text: string }>;
      const counts = new Map<string, number>();
      for (const row of rows) for (const term of distinctTerms(row.text)) counts.set(term, (counts.get(term) ?? 0) + 1);
      addCounts(db, counts);
      const last = rows.length === chunk ? rows[rows.length - 1]!.id + 1 : state.backfillUntil + 1;
      statement(db, 'UPDATE related_state SET docs = docs + ?, backfill_next = ? WHERE id = 1').run(rows.length, last);
      done += rows.length;
    })();
  }
}

/** df of each term (0 when unknown), in one statement. */
export function documentFrequencies(db: Database.Database, terms: Iterable<string>): Map<string, number> {
  const list = [...terms];
  const found = new Map<string, number>();
  for (let i = 0; i < list.length; i += 20000) {
    const rows = statement(db, 'SELECT term, df FROM related_df WHERE term IN (SELECT value FROM json_each(?))').all(JSON.stringify(list.slice(i, i + 20000))) as Array<{
      term: string;
      df: number;
    }>;
    for (const row of rows) found.set(row.term, row.df);
  }
  return found;
}

function distinctTerms(text: string): Set<string> {
  return new Set(textTerms(text).sequence);
}

function addTerms(db: Database.Database, terms: Iterable<string>, delta: 1 | -1): void {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, delta);
  addCounts(db, counts);
}

function addCounts(db: Database.Database, counts: Map<string, number>): void {
  if (counts.size === 0) return;
  statement(
    db,
    `INSERT INTO related_df (term, df) SELECT key, value FROM json_each(?) WHERE true
     ON CONFLICT (term) DO UPDATE SET df = max(0, df + excluded.df)`,
  ).run(JSON.stringify(Object.fromEntries(counts)));
}
