import type { CompareResult } from '../compare/types';
import type { ClippingSummary } from './clipping';

/** How many clippings one comparison takes. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/**
 * A side-by-side comparison of 2–4 clippings, as the Compare view shows it: the
 * sources in the order chosen (one column each), the alignment of their texts, and
 * what a reader should know before trusting it.
 */
export interface Comparison {
  sources: ClippingSummary[];
  result: CompareResult;
  /** The source published first (by publication date, else capture time), or null when it cannot be told. */
  earliestId: number | null;
  /** Every source is a capture of one article: the rows show what the outlet changed between captures. */
  versions: boolean;
  /** Sentences for the analyst: a source without text, sources in different languages, nothing in common. */
  notices: string[];
}

/** A comparison written out as a file (`compare.export`): Markdown or one standalone HTML page. */
export interface ComparisonExport {
  /** `comparison-<first-title-slug>-<yyyy-mm-dd>.md`: no slashes or control characters, at most 100 characters. */
  fileName: string;
  mediaType: string;
  content: string;
}
