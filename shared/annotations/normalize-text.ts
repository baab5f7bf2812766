/**
 * A copy of a text for matching annotation quotes, in which changes that do not
 * change the words are undone: every run of white space (spaces, tabs, line breaks,
 * no-break and other Unicode spaces) is one space; curly, angled and other quote
 * marks and apostrophes are the straight ' and "; dashes are '-'; '…' is '...';
 * invisible characters (zero-width spaces and joiners, soft hyphens, BOM) are gone.
 * Each character of the copy remembers the range of the original it came from, so
 * a match in the copy maps back to the original's own characters.
 */
export interface NormalizedText {
  /** The normalised copy. */
  text: string;
  /** For each character of `text`, where its source starts in the original. */
  starts: Int32Array;
  /** For each character of `text`, where its source ends in the original (exclusive). */
  ends: Int32Array;
  /** Length of the original. */
  originalLength: number;
}

const SINGLE_QUOTES = '\u2018\u2019\u201A\u201B\u2032\u2035\u2039\u203A\u0060\u00B4\u02B9\u02BB\u02BC\u02BD\u02C8\uFF07';
const DOUBLE_QUOTES = '\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\u02BA\u02DD\u301D\u301E\u301F\uFF02';
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
const INVISIBLE = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';

/** What a character becomes: itself, a replacement, '' (dropped), or ' ' for white space. */
const replacements = new Map<number, string>();
for (const c of SINGLE_QUOTES) replacements.set(c.charCodeAt(0), "'");
for (const c of DOUBLE_QUOTES) replacements.set(c.charCodeAt(0), '"');
for (const c of DASHES) replacements.set(c.charCodeAt(0), '-');
for (const c of INVISIBLE) replacements.set(c.charCodeAt(0), '');
replacements.set(0x2026, '...');

function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

export function normalizeText(original: string): NormalizedText {
  const length = original.length;
  // '…' is the only character that grows (to three); room for the worst case.
  let capacity = length + 8;
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  const out: string[] = [];
  let chunkStart = 0; // start of a run of original characters copied as they are
  let n = 0;
  let lastWasSpace = false;

  const flush = (upTo: number) => {
    if (upTo > chunkStart) out.push(original.slice(chunkStart, upTo));
  };
  const grow = (need: number) => {
    if (n + need <= capacity) return;
    capacity = Math.max(capacity * 2, n + need);
    const s = new Int32Array(capacity);
    s.set(starts);
    starts = s;
    const e = new Int32Array(capacity);
    e.set(ends);
    ends = e;
  };

  for (let i = 0; i < length; i++) {
    const code = original.charCodeAt(i);
    if (code < 0x7f && code > 0x20) {
      // Plain printable ASCII: the fast path.
      grow(1);
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      lastWasSpace = false;
      continue;
    }
    if (isSpace(code)) {
      if (lastWasSpace) {
        // The run goes on: its one space covers this character too.
        flush(i);
        chunkStart = i + 1;
        ends[n - 1] = i + 1;
        continue;
      }
      if (code !== 0x20) {
        flush(i);
        chunkStart = i + 1;
        out.push(' ');
      }
      grow(1);
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      lastWasSpace = true;
      continue;
    }
    const replacement = replacements.get(code);
    if (replacement === undefined) {
      grow(1);
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      lastWasSpace = false;
      continue;
    }
    flush(i);
    chunkStart = i + 1;
    if (replacement === '') continue; // invisible: belongs to no character of the copy
    grow(replacement.length);
    out.push(replacement);
    for (let k = 0; k < replacement.length; k++) {
      starts[n] = i;
      ends[n] = i + 1;
      n++;
    }
    lastWasSpace = false;
  }
  flush(length);
  return { text: out.join(''), starts: starts.subarray(0, n), ends: ends.subarray(0, n), originalLength: length };
}

/** The original range that the copy's [start, end) came from (end > start). */
export function toOriginalRange(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: normalized.starts[start]!, end: normalized.ends[end - 1]! };
}

/** The first character of the copy whose source starts at or after `offset` of the original. */
export function toNormalizedOffset(normalized: NormalizedText, offset: number): number {
  const { starts } = normalized;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
