/**
 * Selectors for a stretch of a clipping's canonical text, as the W3C Web Annotation
 * model writes them: the quote with a little context on each side
 * (TextQuoteSelector) and its offsets (TextPositionSelector). Offsets count UTF-16
 * code units, as JavaScript strings do. When the text changes, `reanchor`
 * (./reanchor.ts) finds the quote again from these.
 */

/** How many characters of context the quote selector keeps on each side. */
export const ANCHOR_CONTEXT = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextAnchor {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * Selectors for text.slice(start, end): exact, plus up to 32 chars of prefix/suffix
 * (fewer at the start or end of the text; a context never cuts a surrogate pair in
 * half, so it may be one shorter). Throws RangeError on a bad range: offsets that are
 * not integers, outside the text, empty or reversed, or that cut a surrogate pair.
 */
export function describeRange(text: string, start: number, end: number): TextAnchor {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) throw new RangeError(`The range ${start}–${end} is not a pair of whole offsets.`);
  if (start < 0 || end > text.length) throw new RangeError(`The range ${start}–${end} is outside the text (0–${text.length}).`);
  if (end <= start) throw new RangeError(`The range ${start}–${end} is empty or reversed.`);
  if (splitsPair(text, start) || splitsPair(text, end)) throw new RangeError(`The range ${start}–${end} cuts a character in half.`);
  let prefixStart = Math.max(0, start - ANCHOR_CONTEXT);
  if (splitsPair(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, end + ANCHOR_CONTEXT);
  if (splitsPair(text, suffixEnd)) suffixEnd--;
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Whether `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
