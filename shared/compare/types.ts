/** One source of a comparison: a clipping's id and canonical text (blocks separated by a blank line). */
export interface CompareSource {
  id: number;
  text: string;
}

/** A word-level difference of a cell against the row's first non-null cell. */
export type DiffOp =
  | { op: 'same'; text: string }
  | { op: 'added'; text: string }
  | { op: 'removed'; text: string }
  | { op: 'changed'; from: string; to: string };

export interface CompareCell {
  id: number;
  /** Block (paragraph) indexes in the source, end exclusive. */
  blockStart: number;
  blockEnd: number;
  /** The blocks' text (joined by the blank line, as in the source). */
  text: string;
  /** Offsets of `text` in the source's canonical text. */
  start: number;
  end: number;
  /** Out of its source's order (the passage sits elsewhere in that source than the rows suggest). */
  moved: boolean;
  /** The row holding the passage just before this one in its own source (null: the source's first passage). */
  followsRow: number | null;
}

export interface CompareRow {
  /** One cell per source, in the sources' order; null where that source has nothing for this passage. */
  cells: Array<CompareCell | null>;
  /** Mean weighted word similarity (0–1) of the other non-null cells to the first; 0 for a passage in one source only. */
  similarity: number;
  /** The index of the only source that has this passage, or null when two or more have it. */
  onlyIn: number | null;
  /** Per cell: the word diff against the first non-null cell (null for that cell and for empty cells). */
  diffs: Array<DiffOp[] | null>;
}

export interface QuoteOccurrence {
  id: number;
  /** Offsets in the source's text, including the quotation marks. */
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}

export interface LinkedQuote {
  /** The longest occurrence's words, without the outer quotation marks. */
  text: string;
  /** The first speaker found among the occurrences (sources' order), or null. */
  speaker: string | null;
  occurrences: QuoteOccurrence[];
  /** Found in one source only. */
  exclusive: boolean;
  /** Ids of the sources quoting it, in the sources' order. */
  sourceIds: number[];
}

export interface SourceSummary {
  id: number;
  blocks: number;
  words: number;
  /** Words in passages at least one other source also has. */
  sharedWords: number;
  /** sharedWords / words (0 for an empty text). */
  sharedShare: number;
  /** Blocks found in no other source. */
  exclusiveBlocks: number;
  /** Cells out of the source's order. */
  movedCells: number;
  quotes: number;
  sharedQuotes: number;
  exclusiveQuotes: number;
}

export interface CompareSummary {
  sources: SourceSummary[];
  /** Linked quotations found in two or more sources, and in one only. */
  sharedQuotes: number;
  exclusiveQuotes: number;
}

export interface CompareResult {
  sources: Array<{ id: number; blocks: number; words: number }>;
  rows: CompareRow[];
  quotes: LinkedQuote[];
  summary: CompareSummary;
}

/** What `dossier compare … --json` prints. */
export interface CompareJson {
  sources: Array<{ id: number; blocks: number; words: number }>;
  rows: Array<{ cells: Array<{ id: number; blockStart: number; blockEnd: number; text: string } | null>; similarity: number }>;
  quotes: Array<{ text: string; speaker: string | null; occurrences: Array<{ id: number; start: number; end: number }> }>;
}
