import { statement } from '../db/statements';
import type Database from 'better-sqlite3';
import type { LibraryView } from '../../../shared/domain/clipping';
import type { QueryFilter, TextTerm } from '../../../shared/search/query-types';
import { foldWidth } from '../../../shared/search/word-index-text';
import { foldCase } from '../db/fold-case';
import { planMatch } from '../search/fts-match';
import type { MatchCache } from './match-cache';

/** Where a name in a filter leads: tag paths, outlet and collection names to ids. */
export interface FilterLookups {
  tagId(path: string): number | null;
  outletIds(text: string): number[];
  collectionIds(name: string): number[];
  /** About how many clippings a filter keeps, from the counts the triggers keep. */
  size(kind: 'tag' | 'outlet' | 'in', ids: number[]): number;
}

const SIZE_TABLE = { tag: 'tags', outlet: 'outlets', in: 'collections' } as const;

/** Lookups straight from the tables (names ignore case, as the search syntax does). */
export function filterLookups(db: Database.Database): FilterLookups {
  const ids = (sql: string, ...values: unknown[]) => (statement(db, sql).all(...values) as Array<{ id: number }>).map((row) => row.id);
  return {
    tagId: (path) => ids('SELECT id FROM tags WHERE path_key = ?', foldCase(path))[0] ?? null,
    outletIds: (text) => {
      // A site's own domain names that outlet alone (the sidebar asks so); other text matches names and domains containing it.
      const exact = ids('SELECT id FROM outlets WHERE domain = ?', text);
      if (exact.length > 0) return exact;
      return ids('SELECT id FROM outlets WHERE instr(dossier_fold_case(name), @key) > 0 OR instr(dossier_fold_case(domain), @key) > 0', { key: foldCase(text) });
    },
    size: (kind, list) =>
      (statement(db, `SELECT coalesce(sum(clipping_count), 0) AS n FROM ${SIZE_TABLE[kind]} WHERE id IN (SELECT value FROM json_each(?))`).get(JSON.stringify(list)) as { n: number }).n,
    // A name, or a path through nested collections (`Project A/2025`) when names repeat.
    collectionIds: (name) =>
      ids(
        `WITH RECURSIVE paths(id, path) AS (
           SELECT id, name FROM collections WHERE parent_id IS NULL
           UNION ALL SELECT c.id, paths.path || '/' || c.name FROM collections c JOIN paths ON c.parent_id = paths.id)
         SELECT id FROM paths WHERE dossier_fold_case(path) = @key
         UNION SELECT id FROM collections WHERE dossier_fold_case(name) = @key AND NOT EXISTS (SELECT 1 FROM paths WHERE dossier_fold_case(path) = @key)`,
        { key: foldCase(name) },
      ),
  };
}

/** A WHERE clause over `clippings c` with its named parameters. */
export interface ListFilter {
  where: string;
  params: Record<string, string | number>;
  /**
   * The index to rank by (the word index if the query has words, else the CJK index),
   * and the WHERE clause without its match, for a query that joins that index itself.
   */
  rankBy: { table: 'clippings_search' | 'clippings_cjk'; match: string; whereBesides: string } | null;
  /** Set when the library view is filtered by this one match alone: its total can be read off the index. */
  matchOnly: { table: 'clippings_search' | 'clippings_cjk'; match: string } | null;
  /** Filters that name nothing in the library, for the "Searched:" line. */
  notes: string[];
}

const VIEW_CONDITION: Record<LibraryView, string> = {
  library: 'c.listed = 1',
  trash: 'c.trashed_at IS NOT NULL',
};

const IS_CONDITION: Record<string, string> = {
  starred: 'c.starred = 1',
  unstarred: 'c.starred = 0',
  unread: 'c.read_at IS NULL',
  read: 'c.read_at IS NOT NULL',
};

/** Builds the rows a list or search shows: the view, the search words, then each filter. */
export function buildListFilter(view: LibraryView, terms: TextTerm[], filters: QueryFilter[], lookups: FilterLookups, matches: MatchCache): ListFilter {
  const conditions = [VIEW_CONDITION[view]];
  const params: Record<string, string | number> = {};
  const notes: string[] = [];
  const plan = planMatch(terms.map((term) => ({ ...term, text: foldWidth(term.text) })));

  // SQLite cannot tell how many rows a MATCH finds. Whichever is smaller, the match or
  // a tag, outlet or collection, should drive the query: `+` keeps the other from it.
  const structural = filters.filter((filter) => !filter.negated && filter.field in SIZE_TABLE);
  const textSize = structural.length === 0 ? Infinity : Math.min(...textMatchSizes(plan, matches));
  let narrowest = Infinity;
  filters.forEach((filter, index) => {
    const key = `f${index}`;
    let condition = filterCondition(filter, key, params, lookups, notes);
    if (structural.includes(filter)) {
      const ids = params[key];
      const size = ids === undefined ? 0 : lookups.size(filter.field as keyof typeof SIZE_TABLE, typeof ids === 'number' ? [ids] : (JSON.parse(ids) as number[]));
      narrowest = Math.min(narrowest, size);
      if (textSize < size) condition = `+${condition}`;
    }
    // coalesce: a clipping with no language or outlet is not in `lang:ko`, so it is in `-lang:ko`.
    conditions.push(filter.negated ? `NOT coalesce((${condition}), 0)` : condition);
  });

  const match = (table: 'clippings_search' | 'clippings_cjk', key: string, expression: string | null, negated: boolean) => {
    if (expression === null) return '';
    params[key] = expression;
    const probe = !negated && narrowest < textSize ? '+' : '';
    const condition = `${probe}c.id ${negated ? 'NOT IN' : 'IN'} (SELECT rowid FROM ${table} WHERE ${table} MATCH @${key})`;
    conditions.push(condition);
    return condition;
  };
  const wordMatch = match('clippings_search', 'word', plan.word, false);
  const cjkMatch = match('clippings_cjk', 'cjk', plan.cjk, false);
  match('clippings_search', 'excludeWord', plan.excludeWord, true);
  match('clippings_cjk', 'excludeCjk', plan.excludeCjk, true);

  const besides = (condition: string) => conditions.filter((c) => c !== condition).join(' AND ');
  const rankBy = plan.word
    ? { table: 'clippings_search' as const, match: plan.word, whereBesides: besides(wordMatch) }
    : plan.cjk
      ? { table: 'clippings_cjk' as const, match: plan.cjk, whereBesides: besides(cjkMatch) }
      : null;
  const matchOnly = view === 'library' && conditions.length === 2 && rankBy && (wordMatch || cjkMatch) ? { table: rankBy.table, match: rankBy.match } : null;
  return { where: conditions.join(' AND '), params, rankBy, matchOnly, notes };
}

function textMatchSizes(plan: ReturnType<typeof planMatch>, matches: MatchCache): number[] {
  const sizes = [Infinity];
  if (plan.word) sizes.push(matches.count('clippings_search', plan.word));
  if (plan.cjk) sizes.push(matches.count('clippings_cjk', plan.cjk));
  return sizes;
}

function filterCondition(
  filter: QueryFilter,
  key: string,
  params: Record<string, string | number>,
  lookups: FilterLookups,
  notes: string[],
): string {
  switch (filter.field) {
    case 'tag': {
      const id = lookups.tagId(filter.value);
      if (id === null) return nothingNamed(notes, `There is no tag “${filter.value}”.`);
      params[key] = id;
      return `c.id IN (SELECT clipping_id FROM tag_reach WHERE tag_id = @${key})`;
    }
    case 'outlet': {
      const ids = lookups.outletIds(filter.value);
      if (ids.length === 0) return nothingNamed(notes, `No outlet’s name or site contains “${filter.value}”.`);
      params[key] = JSON.stringify(ids);
      return `c.outlet_id IN (SELECT value FROM json_each(@${key}))`;
    }
    case 'in': {
      const ids = lookups.collectionIds(filter.value);
      if (ids.length === 0) return nothingNamed(notes, `There is no collection “${filter.value}”.`);
      params[key] = JSON.stringify(ids);
      return `c.id IN (SELECT clipping_id FROM collection_clippings WHERE collection_id IN (SELECT value FROM json_each(@${key})))`;
    }
    case 'lang':
      // LIKE ignores ASCII case; a language code has no % or _.
      params[key] = filter.value;
      params[`${key}sub`] = `${filter.value}-%`;
      return `(c.lang LIKE @${key} OR c.lang LIKE @${key}sub)`;
    case 'after':
      params[key] = filter.value;
      return `c.published_sort >= @${key}`;
    case 'before':
      params[key] = filter.value;
      return `c.published_sort < @${key}`;
    case 'is':
      return IS_CONDITION[filter.value] ?? '1';
  }
}

function nothingNamed(notes: string[], note: string): string {
  notes.push(note);
  return '0';
}
