/**
 * A search query as the user typed it, read into text terms and filters.
 *
 * Dates: `after:` and `before:` take a year, a month or a day and always carry the
 * FIRST day of it (after:2025 → 2025-01-01, before:2025-03 → 2025-03-01). `after:D`
 * means on or after D; `before:D` means strictly before D — "before the start of"
 * the period typed. So `after:2025-03 before:2025-04` is exactly March 2025, and
 * `before:2025` excludes all of 2025.
 */
export type TermKind = 'word' | 'phrase' | 'prefix';

export interface TextTerm {
  kind: TermKind;
  /** As typed (case kept; the index folds case). For a prefix, without the `*`. */
  text: string;
  negated: boolean;
}

export const filterFields = ['tag', 'outlet', 'lang', 'in', 'after', 'before', 'is'] as const;
export type FilterField = (typeof filterFields)[number];

export interface QueryFilter {
  field: FilterField;
  /**
   * tag, outlet, in: as typed. lang: a BCP 47 code, primary subtag lowercased
   * (en-US). after, before: YYYY-MM-DD. is: starred, unstarred, read or unread.
   */
  value: string;
  negated: boolean;
}

export interface ParsedQuery {
  terms: TextTerm[];
  filters: QueryFilter[];
  /** Human-readable notes on what was read differently from what was typed, e.g. 'after: needs a date like 2025-03-01 — searched "after:soon" as text', 'Unbalanced quote: searched "north korea as a phrase'. */
  notes: string[];
}

export const isValues = ['starred', 'unstarred', 'read', 'unread'] as const;
