import { libraryStamp } from '../db/library-stamp';
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
import { ListAnchors, fromAnchor, type Anchor } from './list-anchors';
import { afterCursor, orderBy, sortKeyOf } from './list-order';
import { MatchCache } from './match-cache';
import { SUMMARY_COLUMNS, SUMMARY_WIDTH, type SummaryValues } from './clipping-rows';
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
 * in which order, a window at a time. The window is found on ids and sort keys alone
 * (an index-only walk) and only the rows shown are read whole, so a window costs the
 * same anywhere in a 100,000-row library.
 */
export class ClippingList {
  private readonly lookups: FilterLookups;
  /** Totals of recent queries, valid until the library changes (scrolling asks for the same total again and again). */
  private readonly totals = new Map<string, number>();
  private totalsStamp = '';
  /** Where deep windows of the plain views start their walk. */
  private readonly anchors: ListAnchors;

  constructor(
    private readonly db: Database.Database,
    private readonly clippings: Pick<ClippingsRepo, 'summaries' | 'summariesOf'>,
    options: { anchorStep?: number } = {},
  ) {
    this.lookups = filterLookups(db);
    this.anchors = new ListAnchors(db, options.anchorStep);
  }

  page(params: ListParams): ClippingPage {
    const { parsed, matches, filter, sort, direction } = this.read(params);
    const offset = params.offset ?? 0;
    const stamp = libraryStamp(this.db);
    const searched = { query: formatQuery(parsed), notes: [...parsed.notes, ...filter.notes] };
    // The total before the items: they are made last (see withSnippets).
    if (sort === 'relevance' && filter.rankBy) {
      const total = this.count(filter, matches, stamp);
      const ids = rankedWindow(this.db, filter, direction, params.limit + 1, offset, matches)
        .slice(0, params.limit)
        .map((row) => row.id);
      return { items: this.withSnippets(ids, parsed, () => this.clippings.summaries(ids)), total, nextCursor: null, searched };
    }
    // A plain view (no search) is walked on its sort's index: a deep window starts at an anchor.
    const plain = !params.cursor && parsed.terms.length === 0 && parsed.filters.length === 0;
    const key = sortKeyOf(sort === 'relevance' ? 'captured' : sort, params.view);
    const anchor = plain ? this.anchors.before({ where: filter.where, params: filter.params, key, direction }, offset, stamp) : null;
    const rows = this.summaryWindow(filter, params.view, sort, direction, params.limit + 1, offset, params.cursor, anchor);
    // A first window with room to spare holds every row: counting them again cost a
    // filtered search (word, tag, dates) as much as its window.
    const whole = !params.cursor && anchor === null && offset === 0 && rows.length <= params.limit;
    const total = this.count(filter, matches, stamp, whole ? rows.length : undefined);
    const shown = rows.length > params.limit ? rows.slice(0, params.limit) : rows;
    const last = shown.at(-1);
    return {
      items: this.withSnippets(
        shown.map((row) => row[0]),
        parsed,
        () => this.clippings.summariesOf(shown),
      ),
      total,
      nextCursor: rows.length > params.limit && last ? encodeCursor({ sort, direction, sortKey: last[WINDOW_KEY] ?? '', id: last[0] }) : null,
      searched,
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
    const { sql, params } = keyedWindow(filter, view, sort, direction, limit, offset, cursor);
    return statement(this.db, sql).all(params) as WindowRow[];
  }

  /**
   * A window in a keyed sort with its rows whole, in one statement: the window is walked
   * on the sort's index alone (ids and keys), then only its rows are read, in its order.
   * Each row is `SummaryValues` and then the sort key.
   */
  private summaryWindow(
    filter: ListFilter,
    view: LibraryView,
    sort: ListSort,
    direction: SortDirection,
    limit: number,
    offset: number,
    cursor: string | null | undefined,
    anchor: Anchor | null,
  ): WindowValues[] {
    const { sql, params } = keyedWindow(filter, view, sort, direction, limit, offset, cursor, anchor);
    const dir = direction === 'asc' ? 'ASC' : 'DESC';
    // The outer ORDER BY is the window's own order: SQLite keeps it without sorting again.
    const whole = `SELECT ${SUMMARY_COLUMNS}, w.k FROM (${sql}) w CROSS JOIN clippings c ON c.id = w.id ORDER BY w.k ${dir}, w.id ${dir}`;
    return rawStatement(this.db, whole).all(params) as WindowValues[];
  }

  private count(filter: ListFilter, matches: MatchCache, stamp: string, known?: number): number {
    if (stamp !== this.totalsStamp) {
      this.totals.clear();
      this.totalsStamp = stamp;
    }
    const key = `${filter.where}\u0000${JSON.stringify(filter.params)}`;
    let total = this.totals.get(key);
    if (total === undefined) {
      total = known ?? this.countRows(filter, matches);
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
   * The summaries of the window (`summaries`), with snippets cut from the text when the
   * query has words. The snippets are cut first and the summaries made last, so the
   * summaries and their tag lists die with the response: made before the snippets, they
   * were alive whenever cutting snippets set off a young-generation collection, V8 took
   * their allocation sites for long-lived ones (allocation-site pretenuring) and every
   * later list window allocated them in the old generation, which grew until a full
   * collection paused the list.
   */
  private withSnippets(ids: number[], parsed: ParsedQuery, summaries: () => ClippingSummary[]): ClippingListItem[] {
    const positive = parsed.terms.filter((term) => !term.negated);
    if (positive.length === 0) return summaries().map((row) => withSnippet(row, null, []));
    const snippets = new Map<number, Snippet>();
    const texts = rawStatement(this.db, 'SELECT clipping_id, text FROM clipping_bodies WHERE clipping_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<[id: number, text: string]>;
    for (const [id, text] of texts) snippets.set(id, buildSnippet(text, positive, SNIPPET_LENGTH));
    return summaries().map((row) => {
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

/** A row of `summaryWindow`: the summary's values, then the sort key. */
type WindowValues = [...SummaryValues, k: string | null];
const WINDOW_KEY = SUMMARY_WIDTH;

/**
 * The ids and sort keys of a window in a keyed sort: after the cursor, or at the offset
 * (walked from the anchor at or before it, if there is one).
 */
function keyedWindow(
  filter: ListFilter,
  view: LibraryView,
  sort: ListSort,
  direction: SortDirection,
  limit: number,
  offset: number,
  cursor: string | null | undefined,
  anchor: Anchor | null = null,
): { sql: string; params: Record<string, string | number> } {
  const key = sortKeyOf(sort === 'relevance' ? 'captured' : sort, view);
  const after = decodeCursor(cursor, sort, direction);
  const from = after ? null : anchor;
  const seek = after ? ` AND ${afterCursor(key, direction)}` : from ? ` AND ${fromAnchor(key, direction)}` : '';
  const sql = `SELECT c.id, ${key} AS k FROM clippings c
    WHERE ${filter.where}${seek}
    ORDER BY ${orderBy(key, direction)} LIMIT @limit OFFSET @offset`;
  const params = {
    ...filter.params,
    limit,
    offset: after ? 0 : from ? offset - from.position + from.ties : offset,
    ...(after ? { cursorKey: after.sortKey, cursorId: after.id } : {}),
    ...(from ? { anchorKey: from.k } : {}),
  };
  return { sql, params };
}

/** Relevance needs search words; without them the list falls back to capture order. */
function effectiveSort(sort: ListSort, filter: ListFilter): ListSort {
  return sort === 'relevance' && !filter.rankBy ? 'captured' : sort;
}
