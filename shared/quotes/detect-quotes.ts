import { blocksOf, findQuoteSpans } from './quote-spans';

export interface DetectedQuote {
  /** Offsets in the text, INCLUDING the quotation marks. */
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** Who said it, as written in the text ("Mr. Steele", "Michael Steele", "the KCNA", "House Democrats"); null when no attribution is found. */
  speaker: string | null;
}

export function detectQuotes(text: string): DetectedQuote[] {
  const blocks = blocksOf(text);
  return findQuoteSpans(text, blocks).map((span) => ({ start: span.start, end: span.end, text: text.slice(span.start, span.end), speaker: null }));
}
