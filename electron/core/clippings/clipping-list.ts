import { rawStatement, statement } from '../db/statements';
import type Database from 'better-sqlite3';
import type { ClippingListItem, ClippingPage, ClippingSummary, LibraryView, SearchResult } from '../../../shared/domain/clipping';
import { defaultDirection, type LibraryCounts, type ListSort, type SortDirection } from '../../../shared/domain/list-query';
import { formatQuery, parseQuery } from '../../../shared/search/parse-query';
import type { ParsedQuery } from '../../../shared/search/query-types';
import { buildSnippet, type Snippet } from '../search/snippet';
import type { ClippingsRepo } from './clippings-repo';
import { decodeCursor, encodeCursor } from './list-cursor';
import { buildListFilter, filterLookups, type FilterLookups, type ListFilter } from './list-filter';
import { afterCursor, orderBy, sortKeyOf } from './list-order';
import { MatchCache } from './match-cache';
import { rankedWindow, type WindowRow } from './ranked-window';

export interface ListParams {
  view: LibraryView;
  query: string;
  sort: ListSort;
  direction?: SortDirection;
  limit: number;
  cursor?: string | null;
  offset?: number;
}

const SNIPPET_LENGTH = 200;

/**
 * The clipping list and search: which rows a view, a query and its filters select,
 * in which order, a window at a time. Only ids and sort keys are read here; the
 * summaries of the rows shown are loaded afterwards, so a window costs the same
 * anywhere in a 100,000-row library.
 */
export class ClippingList {
  private readonly lookups: FilterLookups;
  /** Totals of recent queries, valid until the library changes (scrolling asks for the same total again and again). */
  private readonly totals = new Map<string, number>();
  private totalsStamp = '';

  constructor(
    private readonly db: Database.Database,
    private readonly clippings: Pick<ClippingsRepo, 'summaries'>,
  ) {
    this.lookups = filterLookups(db);
  }

  page(params: ListParams): ClippingPage {
    const { parsed, matches, filter, sort, direction } = this.read(params);
    const rows = this.window(filter, params.view, sort, direction, params.limit + 1, params.offset ?? 0, params.cursor, matches);
    const shown = rows.slice(0, params.limit);
    const last = shown.at(-1);
    const hasMore = rows.length > params.limit;
    // The total first: the items are made last (see withSnippets).
    const total = this.count(filter, matches);
    return {
      items: this.withSnippets(shown.map((row) => row.id), parsed),
      total,
      nextCursor: hasMore && last && sort !== 'relevance' ? encodeCursor({ sort, direction, sortKey: last.k ?? '', id: last.id }) : null,
      searched: { query: formatQuery(parsed), notes: [...parsed.notes, ...filter.notes] },
    };
  }

  /** The best hits for a query in the library, with snippets. */
  search(query: string, limit: number, offset: number, sort: ListSort): SearchResult {
    const page = this.page({ view: 'library', query, sort, limit, offset });
    return {
      total: page.total,
      items: page.items.map((item) => Object.assign(item, { snippet: item.snippet ?? item.excerpt })),
      searched: page.searched,
    };
  }

  ids(params: Omit<ListParams, 'cursor'>): number[] {
    const { matches, filter, sort, direction } = this.read(params);
    return this.window(filter, params.view, sort, direction, params.limit, params.offset ?? 0, null, matches).map((row) => row.id);
  }

  /** The query read, its filter built, and the sort it gets (relevance needs words). */
  private read(params: Omit<ListParams, 'cursor' | 'limit'>) {
    const parsed = parseQuery(params.query);
    const matches = new MatchCache(this.db);
    const filter = buildListFilter(params.view, parsed.terms, parsed.filters, this.lookups, matches);
    const sort = effectiveSort(params.sort, filter);
    return { parsed, matches, filter, sort, direction: params.direction ?? defaultDirection(sort) };
  }

  counts(): LibraryCounts {
    const count = (where: string) => (statement(this.db, `SELECT count(*) AS n FROM clippings c WHERE ${where}`).get() as { n: number }).n;
    return {
      library: count('c.listed = 1'),
      unread: count('c.listed = 1 AND c.read_at IS NULL'),
      starred: count('c.listed = 1 AND c.starred = 1'),
      trash: count('c.trashed_at IS NOT NULL'),
    };
  }

  private window(
    filter: ListFilter,
    view: LibraryView,
    sort: ListSort,
    direction: SortDirection,
    limit: number,
    offset: number,
    cursor: string | null | undefined,
    matches: MatchCache,
  ): WindowRow[] {
    if (sort === 'relevance' && filter.rankBy) return rankedWindow(this.db, filter, direction, limit, offset, matches);
    const keyed = sort === 'relevance' ? 'captured' : sort;
    const key = sortKeyOf(keyed, view);
    const after = decodeCursor(cursor, sort, direction);
    const sql = `SELECT c.id, ${key} AS k FROM clippings c
      WHERE ${filter.where}${after ? ` AND ${afterCursor(key, direction)}` : ''}
      ORDER BY ${orderBy(key, direction)} LIMIT @limit OFFSET @offset`;
    const params = { ...filter.params, limit, offset: after ? 0 : offset, ...(after ? { cursorKey: after.sortKey, cursorId: after.id } : {}) };
    return statement(this.db, sql).all(params) as WindowRow[];
  }

  private count(filter: ListFilter, matches: MatchCache): number {
    const stamp = this.libraryStamp();
    if (stamp !== this.totalsStamp) {
      this.totals.clear();
      this.totalsStamp = stamp;
    }
    const key = `${filter.where}\u0000${JSON.stringify(filter.params)}`;
    let total = this.totals.get(key);
    if (total === undefined) {
      total = this.countRows(filter, matches);
      if (this.totals.size >= 100) this.totals.clear();
      this.totals.set(key, total);
    }
    return total;
  }

  /**
   * A search of the library view for words alone is counted off the index, less the
   * few matches outside the view — not by looking up the row of each of thousands.
   */
  private countRows(filter: ListFilter, matches: MatchCache): number {
    if (filter.matchOnly) {
      const { table, match } = filter.matchOnly;
      return matches.count(table, match) - matches.unlisted(table, match).size;
    }
    return (statement(this.db, `SELECT count(*) AS n FROM clippings c WHERE ${filter.where}`).get(filter.params) as { n: number }).n;
  }

  /**
   * Changes whenever the library does: `total_changes()` counts this connection's
   * writes, `data_version` another process's commits (`dossier add` while the app runs).
   * Read through one cached statement: `db.pragma()` prepares a new statement per call,
   * and thousands of those left for the collector made its young-generation pauses 3–10 ms.
   */
  private libraryStamp(): string {
    const { version, changes } = statement(this.db, 'SELECT (SELECT data_version FROM pragma_data_version) AS version, total_changes() AS changes').get() as {
      version: number;
      changes: number;
    };
    return `${version}:${changes}`;
  }

  /**
   * The summaries of the window, with snippets cut from the text when the query has words.
   * The snippets are cut first and the summaries made last, so the summaries and their tag
   * lists die with the response: made before the snippets, they were alive whenever cutting
   * snippets set off a young-generation collection, V8 took their allocation sites for
   * long-lived ones (allocation-site pretenuring) and every later list window allocated
   * them in the old generation, which grew until a full collection paused the list.
   */
  private withSnippets(ids: number[], parsed: ParsedQuery): ClippingListItem[] {
    const positive = parsed.terms.filter((term) => !term.negated);
    if (positive.length === 0) return this.clippings.summaries(ids).map((row) => withSnippet(row, null, []));
    const snippets = new Map<number, Snippet>();
    const texts = rawStatement(this.db, 'SELECT clipping_id, text FROM clipping_bodies WHERE clipping_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<[id: number, text: string]>;
    for (const [id, text] of texts) snippets.set(id, buildSnippet(text, positive, SNIPPET_LENGTH));
    return this.clippings.summaries(ids).map((row) => {
      const snippet = snippets.get(row.id) ?? buildSnippet('', positive, SNIPPET_LENGTH);
      return withSnippet(row, snippet.text, snippet.highlights);
    });
  }
}

/**
 * Adds the snippet to a summary made for this response. Not `{ ...row, snippet }`:
 * a spread plus new keys on every row left V8 work that survived its young-generation
 * collections, which then paused the list for 3–4 ms every fifteen windows.
 */
function withSnippet(row: ClippingSummary, snippet: string | null, highlights: ClippingListItem['highlights']): ClippingListItem {
  return Object.assign(row, { snippet, highlights });
}

/** Relevance needs search words; without them the list falls back to capture order. */
function effectiveSort(sort: ListSort, filter: ListFilter): ListSort {
  return sort === 'relevance' && !filter.rankBy ? 'captured' : sort;
}
