import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { RelatedClipping } from '../../../shared/domain/related';
import { statement } from '../db/statements';
import { backfillRelated, documentFrequencies, relatedState } from './related-index';
import { relatedLabel } from './related-labels';
import { containment, isCjkTerm, shingles, textTerms, type TextTerms } from './related-terms';

/** Terms of the clipping whose postings are read to find candidates. */
const QUERY_TERMS = 16;
/** Candidates scored exactly. */
const CANDIDATES = 40;
/**
 * Clippings stored before related coverage are counted lazily (related-index.ts): the
 * first query counts this many at least, every query then goes on for a few milliseconds.
 */
const BACKFILL_MIN_ROWS = 2000;
const BACKFILL_BUDGET_MS = 25;
/** Publication-date proximity: a clipping published within about DATE_DAYS ranks up to 50 % higher (tuned on BASIL). */
const DATE_WEIGHT = 0.5;
const DATE_DAYS = 3;

interface CandidateRow {
  id: number;
  title: string;
  text: string;
  published_sort: string;
  published_at: string | null;
  outlet_name: string | null;
}

/**
 * Related coverage of one clipping (see docs/ARCHITECTURE.md): its most distinctive
 * terms (TF-IDF) are looked up in the search indexes (words, CJK bigrams) to gather
 * candidates that share them; the best few are compared exactly — TF-IDF cosine of
 * title and text, containment of word 4-shingles for near-copies — ranked by
 * similarity raised by up to 50 % for a publication date within days (DATE_WEIGHT). Only listed clippings,
 * never another capture of the same article.
 */
export class RelatedRepo {
  constructor(private readonly db: Database.Database) {}

  related(id: number, limit = 10): RelatedClipping[] {
    const self = statement(
      this.db,
      `SELECT c.id, c.title, b.text, c.published_sort, c.published_at, c.article_id FROM clippings c
       JOIN clipping_bodies b ON b.clipping_id = c.id WHERE c.id = ?`,
    ).get(id) as (CandidateRow & { article_id: number }) | undefined;
    if (!self) throw new ApiError('not_found', `There is no clipping with id ${id}.`);
    const state = relatedState(this.db);
    if (state.backfillNext <= state.backfillUntil) {
      // A sample of BACKFILL_MIN_ROWS texts first (idf from fewer is noise), then a little more per query.
      backfillRelated(this.db, { minRows: Math.max(0, BACKFILL_MIN_ROWS - state.docs), budgetMs: BACKFILL_BUDGET_MS });
    }
    const docs = Math.max(1, relatedState(this.db).docs);
    const query = termsOf(self);
    const df = documentFrequencies(this.db, query.counts.keys());
    const idf = (term: string) => Math.log(1 + docs / Math.max(1, df.get(term) ?? 1));

    const candidates = this.candidates(id, query, df, idf, docs);
    if (candidates.length === 0) return [];
    const rows = statement(
      this.db,
      `SELECT c.id, c.title, b.text, c.published_sort, c.published_at,
         (SELECT name FROM outlets o WHERE o.id = c.outlet_id) AS outlet_name
       FROM clippings c JOIN clipping_bodies b ON b.clipping_id = c.id
       WHERE c.id IN (SELECT value FROM json_each(?)) AND c.listed = 1 AND c.article_id <> ? AND c.id <> ?`,
    ).all(JSON.stringify(candidates), self.article_id, id) as CandidateRow[];

    const theirs = rows.map((row) => ({ row, terms: termsOf(row) }));
    const unknown = new Set<string>();
    for (const { terms } of theirs) for (const term of terms.counts.keys()) if (!df.has(term)) unknown.add(term);
    for (const [term, count] of documentFrequencies(this.db, unknown)) df.set(term, count);

    const queryVector = weights(query, idf);
    const queryShingles = shingles(query.sequence);
    const selfTime = Date.parse(self.published_sort);
    const scored = theirs.flatMap(({ row, terms }) => {
      const similarity = cosine(queryVector, weights(terms, idf));
      const theirShingles = shingles(terms.sequence);
      const label = relatedLabel(similarity, containment(queryShingles, theirShingles), Math.min(queryShingles.size, theirShingles.size));
      if (!label) return [];
      const score = Math.round(similarity * 1000) / 1000;
      const distance = Math.abs(Date.parse(row.published_sort) - selfTime);
      const item: RelatedClipping = { id: row.id, score, label, title: row.title, outletName: row.outlet_name, published: row.published_at };
      const days = Number.isNaN(distance) ? Infinity : distance / 86_400_000;
      const rank = label === 'near-copy' ? 2 + similarity : similarity * (1 + DATE_WEIGHT * Math.exp(-days / DATE_DAYS));
      return [{ item, rank, distance: days }];
    });
    scored.sort((a, b) => b.rank - a.rank || a.distance - b.distance || b.item.score - a.item.score || a.item.id - b.item.id);
    return scored.slice(0, limit).map(({ item }) => item);
  }

  /** Clippings sharing the most weight of the query's distinctive terms, best first. */
  private candidates(id: number, query: TextTerms, df: Map<string, number>, idf: (term: string) => number, docs: number): number[] {
    const maxDf = Math.max(100, Math.round(docs * 0.02));
    const picked = [...query.counts]
      .filter(([term]) => (df.get(term) ?? 0) >= 2 && (df.get(term) ?? 0) <= maxDf)
      .map(([term, count]) => ({ term, weight: (1 + Math.log(count)) * idf(term) }))
      .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
      .slice(0, QUERY_TERMS);
    const words = statement(this.db, 'SELECT rowid FROM clippings_search WHERE clippings_search MATCH ? LIMIT ?').pluck();
    const bigrams = statement(this.db, 'SELECT rowid FROM clippings_cjk WHERE clippings_cjk MATCH ? LIMIT ?').pluck();
    const shared = new Map<number, number>();
    for (const { term, weight } of picked) {
      const found = isCjkTerm(term) ? bigrams.all(`"${term}"`, maxDf * 2) : words.all(`{title text} : "${term}"`, maxDf * 2);
      for (const rowid of found as number[]) if (rowid !== id) shared.set(rowid, (shared.get(rowid) ?? 0) + weight);
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, CANDIDATES)
      .map(([rowid]) => rowid);
  }
}

function termsOf(row: { title: string; text: string }): TextTerms {
  return textTerms(`${row.title}\n\n${row.text}`);
}

function weights(terms: TextTerms, idf: (term: string) => number): Map<string, number> {
  const vector = new Map<string, number>();
  for (const [term, count] of terms.counts) vector.set(term, (1 + Math.log(count)) * idf(term));
  return vector;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

function norm(vector: Map<string, number>): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}
