/** What the clipping list can be sorted by. `relevance` needs search words; without them it is `captured`. */
export const listSorts = ['relevance', 'captured', 'published', 'title', 'outlet'] as const;
export type ListSort = (typeof listSorts)[number];

export const sortDirections = ['asc', 'desc'] as const;
export type SortDirection = (typeof sortDirections)[number];

/** Dates newest first, names A to Z, best matches first. */
export function defaultDirection(sort: ListSort): SortDirection {
  return sort === 'title' || sort === 'outlet' ? 'asc' : 'desc';
}

export const MAX_QUERY_LENGTH = 2000;

/** Most ids one call returns (selecting a whole filtered list for a bulk action). */
export const MAX_IDS = 200_000;

/** Most clippings one bulk action takes. */
export const MAX_BULK = 200_000;

/** How the query was read: shown as "Searched: …" under the search box. */
export interface SearchedAs {
  /** The query in canonical syntax; empty when nothing was searched. */
  query: string;
  /** What was read differently from what was typed. */
  notes: string[];
}

/** Where the search words were found in a row: plain text, and ranges to highlight. */
export interface SnippetFields {
  snippet: string | null;
  /** UTF-16 [start, end) ranges into `snippet`. */
  highlights: Array<[number, number]>;
}

/** The sidebar's numbers beside the fixed views. */
export interface LibraryCounts {
  library: number;
  unread: number;
  starred: number;
  trash: number;
}
