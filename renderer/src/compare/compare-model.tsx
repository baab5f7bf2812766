import { createContext, useContext } from 'react';
import type { CompareResult } from '../../../shared/compare/types';
import type { Comparison } from '../../../shared/domain/comparison';
import type { HighlightSpan, QuoteSpan } from './cell-marks';
import type { CompareLayout } from './compare-layout';

/** A passage of one source: the comparison's row and the source's column. */
export interface PassageRef {
  row: number;
  source: number;
}

/** What every part of the Compare view reads: the comparison, its layout, and the view's actions. */
export interface CompareModel {
  comparison: Comparison;
  result: CompareResult;
  layout: CompareLayout;
  /** Per source: what labels call it ("Only in Fox News"). */
  names: string[];
  /** Per source: its quotations, with their index in `result.quotes`. */
  quoteSpans: QuoteSpan[][];
  /** Per source: its highlights. */
  highlights: HighlightSpan[][];
  /** Scrolls these passages into view and flashes them. */
  reveal(targets: PassageRef[]): void;
  /** Passages flashing now, as `row:source`. */
  flashing: ReadonlySet<string>;
  /** Bands of unmatched material shown whole (long ones are cut short until asked). */
  expanded: ReadonlySet<number>;
  /** Every band shown whole (the toolbar's Full text). */
  fullText: boolean;
  toggleBand(line: number): void;
  /** Closes the view and shows this source in the reader, at `range` of its text if given. */
  openInReader(source: number, range?: { start: number; end: number }): void;
}

export const CompareModelContext = createContext<CompareModel | null>(null);

export function useCompareModel(): CompareModel {
  const model = useContext(CompareModelContext);
  if (!model) throw new Error('useCompareModel must be used inside the Compare view.');
  return model;
}

/** Each source's quotations as spans of its text, indexed into the comparison's quotes. */
export function quoteSpansOf(result: CompareResult): QuoteSpan[][] {
  return result.sources.map((source) =>
    result.quotes.flatMap((quote, index) =>
      quote.occurrences.filter((o) => o.id === source.id).map((o) => ({ index, start: o.start, end: o.end, exclusive: quote.exclusive })),
    ),
  );
}

export const passageKey = (target: PassageRef) => `${target.row}:${target.source}`;
