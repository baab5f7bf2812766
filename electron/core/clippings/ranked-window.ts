import type Database from 'better-sqlite3';
import type { SortDirection } from '../../../shared/domain/list-query';
import { rawStatement, statement } from '../db/statements';
import type { ListFilter } from './list-filter';
import { BM25, isPhrase, RANK_ALL_LIMIT, ranksAll, type MatchCache, type Scored } from './match-cache';

/** The rows of one window, in order, before their summaries are loaded. */
export interface WindowRow {
  id: number;
  k: string | null;
}

type RankTable = NonNullable<ListFilter['rankBy']>['table'];
type Params = Record<string, string | number>;

export { RANK_ALL_LIMIT };

const HEADLINE: Record<RankTable, string> = { clippings_search: '{title subtitle}', clippings_cjk: '{head}' };

/** Best matches first (`desc`), or worst first (`asc`). */
export function rankedWindow(db: Database.Database, filter: ListFilter, direction: SortDirection, limit: number, offset: number, matches: MatchCache): WindowRow[] {
  const { table, match, whereBesides } = filter.rankBy!;
  const params = usedParams(filter.params, whereBesides);
  if (direction === 'asc' || ranksAll(matches.count(table, match), match)) {
    return bm25Window(db, matches, table, match, whereBesides, params, direction, limit, offset);
  }
  const headline = `${HEADLINE[table]} : (${match})`;
  const wanted = offset + limit;
  const first =
    ranksAll(matches.count(table, headline, isPhrase(headline)), headline)
      ? bm25Window(db, matches, table, headline, whereBesides, params, 'desc', wanted, 0)
      : newestWindow(db, matches, table, { match: headline, except: null }, whereBesides, params, wanted, 0);
  // Fewer than asked for: every headline match is in `first`, and the rest follow.
  const fromFirst = first.slice(offset);
  if (first.length >= wanted) return fromFirst;
  const rest = newestWindow(db, matches, table, { match, except: headline }, whereBesides, params, limit - fromFirst.length, Math.max(0, offset - first.length));
  return [...fromFirst, ...rest];
}

function bm25Window(db: Database.Database, matches: MatchCache, table: RankTable, match: string, where: string, params: Params, direction: SortDirection, limit: number, offset: number): WindowRow[] {
  // bm25 is lower for better matches.
  const order = direction === 'desc' ? 'ASC' : 'DESC';
  if (where === LIBRARY_VIEW) {
    const scored = matches.scoredIfKnown(table, match);
    const unlisted = matches.unlisted(table, match);
    if (scored) return rankScored(scored, order, limit, offset, unlisted);
    return bm25InIndex(db, table, match, order, limit, offset, unlisted);
  }
  const sql = `SELECT c.id, NULL AS k FROM ${table} m JOIN clippings c ON c.id = m.rowid
    WHERE ${table} MATCH @rankMatch AND ${where}
    ORDER BY ${BM25[table]} ${order}, c.id DESC LIMIT @limit OFFSET @offset`;
  return statement(db, sql).all({ ...params, rankMatch: match, limit, offset }) as WindowRow[];
}

const LIBRARY_VIEW = 'c.listed = 1';

/**
 * The library view searched for words alone, ranked inside the index: no row of
 * clippings is read for the thousands of matches, only the few matches outside the
 * view (trash, earlier versions) are looked up, and skipped.
 */
function bm25InIndex(db: Database.Database, table: RankTable, match: string, order: 'ASC' | 'DESC', limit: number, offset: number, unlisted: Set<number>): WindowRow[] {
  const sql = `SELECT rowid AS id, NULL AS k FROM ${table} WHERE ${table} MATCH ? ORDER BY ${BM25[table]} ${order}, rowid DESC LIMIT ?`;
  const ranked = statement(db, sql).all(match, offset + limit + unlisted.size) as WindowRow[];
  return ranked.filter((row) => !unlisted.has(row.id)).slice(offset, offset + limit);
}

/**
 * Matches of `match` but not of `except`, newest published first. The matches are
 * many (that is why we are here), so the date index drives and each row is probed
 * against them (`+` keeps SQLite from driving the query from the match instead).
 */
function newestWindow(
  db: Database.Database,
  matches: MatchCache,
  table: RankTable,
  { match, except }: { match: string; except: string | null },
  where: string,
  params: Params,
  limit: number,
  offset: number,
): WindowRow[] {
  if (limit <= 0) return [];
  if (where === LIBRARY_VIEW) return newestListed(db, matches.members(table, match).bits, except ? matches.members(table, except).bits : null, limit, offset);
  const found = matches.source(table, match);
  const excluded = except ? matches.source(table, except) : null;
  const sql = `SELECT c.id, NULL AS k FROM clippings c
    WHERE ${where} AND +c.id IN (${found.sql.replace('?', '@found')})
    ${excluded ? `AND +c.id NOT IN (${excluded.sql.replace('?', '@excluded')})` : ''}
    ORDER BY c.published_sort DESC, c.id DESC LIMIT @limit OFFSET @offset`;
  return statement(db, sql).all({ ...params, found: found.value, ...(excluded ? { excluded: excluded.value } : {}), limit, offset }) as WindowRow[];
}

/**
 * newestWindow for the library view: the view's rows walked newest first on their
 * index, a chunk at a time, each looked up in the matches' bitmaps. SQLite's plan
 * built a b-tree of every match first (~0.3 µs each), which for a word or phrase in a
 * fifth of the library cost more than the rest of the search.
 */
function newestListed(db: Database.Database, found: Uint8Array, excluded: Uint8Array | null, limit: number, offset: number): WindowRow[] {
  const walk = rawStatement(db, `SELECT c.id FROM clippings c WHERE ${LIBRARY_VIEW} ORDER BY c.published_sort DESC, c.id DESC LIMIT ? OFFSET ?`);
  const rows: WindowRow[] = [];
  let skip = offset;
  for (let from = 0, size = 1024; ; from += size, size *= 2) {
    const ids = walk.all(size, from) as Array<[id: number]>;
    for (const [id] of ids) {
      if (found[id] !== 1 || (excluded !== null && excluded[id] === 1)) continue;
      if (skip > 0) skip--;
      else if (rows.push({ id, k: null }) === limit) return rows;
    }
    if (ids.length < size) return rows;
  }
}

/** bm25InIndex's order, for matches already scored: by score, ties newest capture first. */
function rankScored(scored: Scored[], order: 'ASC' | 'DESC', limit: number, offset: number, unlisted: Set<number>): WindowRow[] {
  const sign = order === 'ASC' ? 1 : -1;
  const ranked = scored.filter(([id]) => !unlisted.has(id)).sort((a, b) => sign * (a[1] - b[1]) || b[0] - a[0]);
  return ranked.slice(offset, offset + limit).map(([id]) => ({ id, k: null }));
}

/** better-sqlite3 refuses named parameters the statement does not use. */
export function usedParams(params: Params, sql: string): Params {
  return Object.fromEntries(Object.entries(params).filter(([name]) => new RegExp(`@${name}\\b`).test(sql)));
}
