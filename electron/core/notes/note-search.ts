import type Database from 'better-sqlite3';
import type { NoteSummary, NoteView } from '../../../shared/domain/note';
import { parseQuery } from '../../../shared/search/parse-query';
import type { QueryFilter } from '../../../shared/search/query-types';
import { filterLookups } from '../clippings/list-filter';
import { statement } from '../db/statements';
import { planMatch } from '../search/fts-match';
import { NOTE_SUMMARY_COLUMNS, withCollections, type NoteSummaryRow } from './note-rows';

export interface NoteListQuery {
  view: NoteView;
  /** Notes in this collection itself (membership is direct, as for clippings). */
  collectionId?: number | null;
  /**
   * The search syntax: words, phrases, prefixes and exclusions in the title or text, and
   * `in:` (or `-in:`) a collection. The library's other filters (tag, outlet, lang, is,
   * after, before) say nothing about a note and are ignored.
   */
  query?: string;
  limit?: number;
  offset?: number;
}

/**
 * The notes list: the notes (newest change first) or the trash (latest trashed first),
 * optionally of one collection and matching search words, through the notes' word and
 * CJK indexes with the match plans of the library search (every word quoted), and in or
 * out of the collections the query's `in:` filters name.
 */
export function listNotes(db: Database.Database, query: NoteListQuery): NoteSummary[] {
  const { where, params } = noteFilter(db, query);
  const order = query.view === 'trash' ? 'n.trashed_at DESC, n.id DESC' : 'n.updated_at DESC, n.id DESC';
  const rows = statement(db, `SELECT ${NOTE_SUMMARY_COLUMNS} FROM notes n WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({
    ...params,
    limit: query.limit ?? 500,
    offset: query.offset ?? 0,
  }) as NoteSummaryRow[];
  return withCollections(db, rows);
}

/** How many notes `listNotes` finds for the query, over all its pages. */
export function countNotes(db: Database.Database, query: Omit<NoteListQuery, 'limit' | 'offset'>): number {
  const { where, params } = noteFilter(db, query);
  return (statement(db, `SELECT count(*) AS n FROM notes n WHERE ${where}`).get(params) as { n: number }).n;
}

/** The view, the collection, the words and the `in:` filters as SQL over `notes n`. */
function noteFilter(db: Database.Database, query: Omit<NoteListQuery, 'limit' | 'offset'>): { where: string; params: Record<string, unknown> } {
  const where = [query.view === 'trash' ? 'n.trashed_at IS NOT NULL' : 'n.trashed_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (query.collectionId != null) {
    where.push('n.id IN (SELECT note_id FROM note_collections WHERE collection_id = @collectionId)');
    params.collectionId = query.collectionId;
  }
  const parsed = parseQuery(query.query ?? '');
  parsed.filters.forEach((filter, index) => {
    const condition = collectionCondition(db, filter, `in${index}`, params);
    if (condition) where.push(condition);
  });
  const plan = planMatch(parsed.terms);
  if (plan.word) where.push('n.id IN (SELECT rowid FROM notes_search WHERE notes_search MATCH @word)');
  if (plan.cjk) where.push('n.id IN (SELECT rowid FROM notes_cjk WHERE notes_cjk MATCH @cjk)');
  if (plan.excludeWord) where.push('n.id NOT IN (SELECT rowid FROM notes_search WHERE notes_search MATCH @excludeWord)');
  if (plan.excludeCjk) where.push('n.id NOT IN (SELECT rowid FROM notes_cjk WHERE notes_cjk MATCH @excludeCjk)');
  for (const key of ['word', 'cjk', 'excludeWord', 'excludeCjk'] as const) if (plan[key]) params[key] = plan[key];
  return { where: where.join(' AND '), params };
}

/** `in:NAME` as SQL over `notes n` (a name no collection has matches nothing); null for the filters notes ignore. */
function collectionCondition(db: Database.Database, filter: QueryFilter, key: string, params: Record<string, unknown>): string | null {
  if (filter.field !== 'in') return null;
  params[key] = JSON.stringify(filterLookups(db).collectionIds(filter.value));
  return `n.id ${filter.negated ? 'NOT IN' : 'IN'} (SELECT note_id FROM note_collections WHERE collection_id IN (SELECT value FROM json_each(@${key})))`;
}
