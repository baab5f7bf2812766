/**
 * A copy of a text for matching annotation quotes, in which changes that do not
 * change the words are undone: every run of white space (spaces, tabs, line breaks,
 * no-break and other Unicode spaces) is one space; curly, angled and other quote
 * marks and apostrophes are the straight ' and "; dashes are '-'; '…' is '...';
 * invisible characters (zero-width spaces and joiners, soft hyphens, BOM) are gone.
 * Each character of the copy knows the range of the original it came from, so a
 * match in the copy maps back to the original's own characters.
 *
 * Most characters stay as they are, so the map is kept as breakpoints: from copy
 * offset `copyAt[k]` on, copy offsets advance with original offsets starting at
 * `originalAt[k]`, until the next breakpoint.
 */
export interface NormalizedText {
  /** The normalised copy. */
  text: string;
  /** Length of the original. */
  originalLength: number;
  copyAt: number[];
  originalAt: number[];
  /** Copy offsets of the spaces that stand for a run of several characters, ascending… */
  runAt: number[];
  /** …and where each run ends in the original. */
  runEnd: number[];
}

const SINGLE_QUOTES = '\u2018\u2019\u201A\u201B\u2032\u2035\u2039\u203A\u0060\u00B4\u02B9\u02BB\u02BC\u02BD\u02C8\uFF07';
const DOUBLE_QUOTES = '\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\u02BA\u02DD\u301D\u301E\u301F\uFF02';
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
/** White space (JavaScript's \s, plus NEL). */
const SPACES = ' \t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000';
/** Characters that are not seen: dropped. */
const INVISIBLE = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';

const KEEP = 0;
const SPACE = 1;
const HIDDEN = 2;
const REPLACE = 3;

/** What to do with each UTF-16 code unit. */
const kinds = new Uint8Array(0x10000);
/** The replacement of a REPLACE code unit. */
const replacements = new Map<number, string>();
for (const c of SPACES) kinds[c.charCodeAt(0)] = SPACE;
for (const c of INVISIBLE) kinds[c.charCodeAt(0)] = HIDDEN;
for (const [chars, replacement] of [
  [SINGLE_QUOTES, "'"],
  [DOUBLE_QUOTES, '"'],
  [DASHES, '-'],
  ['\u2026', '...'],
] as const) {
  for (const c of chars) {
    kinds[c.charCodeAt(0)] = REPLACE;
    replacements.set(c.charCodeAt(0), replacement);
  }
}

export function normalizeText(original: string): NormalizedText {
  const n = original.length;
  const copyAt = [0];
  const originalAt = [0];
  const runAt: number[] = [];
  const runEnd: number[] = [];
  const breakpoint = (copy: number, orig: number) => {
    if (copyAt[copyAt.length - 1] === copy) originalAt[originalAt.length - 1] = orig;
    else {
      copyAt.push(copy);
      originalAt.push(orig);
    }
  };
  // The copy is built from slices of the original between the changes (most of a text) and the changes' replacements.
  const parts: string[] = [];
  /** Length of the copy so far, and how far the original has been copied or replaced. */
  let length = 0;
  let copied = 0;
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    if (code > 0x20 && code < 0x7f) continue;
    const kind = kinds[code]!;
    if (kind === KEEP) continue;
    if (kind === SPACE || kind === HIDDEN) {
      // A run of white space and invisible characters.
      let end = i + 1;
      let space = kind === SPACE;
      for (; end < n; end++) {
        const next = kinds[original.charCodeAt(end)]!;
        if (next === SPACE) space = true;
        else if (next !== HIDDEN) break;
      }
      // One plain space stays as it is.
      if (code === 0x20 && end === i + 1) continue;
      length += i - copied;
      if (i > copied) parts.push(original.slice(copied, i));
      copied = end;
      if (space) {
        if (end > i + 1) {
          breakpoint(length, i);
          breakpoint(length + 1, end);
          runAt.push(length);
          runEnd.push(end);
        }
        parts.push(' ');
        length++;
      } else {
        breakpoint(length, end);
      }
      i = end - 1;
      continue;
    }
    // REPLACE
    length += i - copied;
    if (i > copied) parts.push(original.slice(copied, i));
    copied = i + 1;
    const replacement = replacements.get(code)!;
    parts.push(replacement);
    if (replacement.length === 1) {
      length++;
      continue;
    }
    // '…' → '...': each of the three dots comes from the one character.
    for (let k = 0; k < replacement.length; k++) breakpoint(length + k, i);
    length += replacement.length;
    breakpoint(length, i + 1);
  }
  if (copied === 0) return { text: original, originalLength: n, copyAt, originalAt, runAt, runEnd };
  if (copied < n) parts.push(original.slice(copied));
  return { text: parts.join(''), originalLength: n, copyAt, originalAt, runAt, runEnd };
}

/** The last index of `sorted` whose value is ≤ `value` (−1 if none). */
function lastAtOrBefore(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Where the copy's character at `offset` starts in the original (the original's length at the copy's end). */
export function originalStart(normalized: NormalizedText, offset: number): number {
  if (offset >= normalized.text.length) return normalized.originalLength;
  const k = lastAtOrBefore(normalized.copyAt, offset);
  return normalized.originalAt[k]! + (offset - normalized.copyAt[k]!);
}

/** Where the copy's character at `offset` ends in the original. */
export function originalEnd(normalized: NormalizedText, offset: number): number {
  const run = lastAtOrBefore(normalized.runAt, offset);
  if (run >= 0 && normalized.runAt[run] === offset) return normalized.runEnd[run]!;
  return originalStart(normalized, offset) + 1;
}

/** The original range that the copy's [start, end) came from (end > start). */
export function toOriginalRange(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: originalStart(normalized, start), end: originalEnd(normalized, end - 1) };
}

/** The first character of the copy whose source starts at or after `offset` of the original (the copy's length if none). */
export function toNormalizedOffset(normalized: NormalizedText, offset: number): number {
  let lo = 0;
  let hi = normalized.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (originalStart(normalized, mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
