import { isCjkChar } from '../../../shared/search/cjk';
import type { TextTerm } from '../../../shared/search/query-types';
import { markFreeText } from './mark-free-text';

/**
 * The piece of a clipping's text shown under a search result, with the places
 * the query matched. Plain text only: the renderer marks the highlight ranges.
 *
 * Matching ignores case and accents, as the word index does: a term is folded
 * (NFD, combining marks removed, lowercase), and each of its letters matches any
 * character that folds to it — the same as comparing against a folded copy of the
 * body, without building one (that cost ten times more than the matching itself).
 * Combining marks in the body belong to the letter before them (`mark-free-text.ts`). Any run of white space or
 * punctuation in a term matches any such run, so a phrase matches across
 * "north, korea", and U.S. matches "U.S." but not "us". Latin words match whole
 * (prefixes at the start of a word, marked to its end); CJK matches as a
 * substring anywhere, and a CJK character also ends a Latin word (2025년, ICBM을).
 * A term mixing both ("김정은 said", 2025년) is looked for as written; if it is
 * nowhere, each part is marked on its own, as the indexes matched them. The body
 * is expected in NFC, as canonical text is.
 */
export interface Snippet {
  text: string;
  highlights: Array<[start: number, end: number]>;
}

interface Matcher {
  /** Global, Unicode. */
  pattern: RegExp;
  /** Begins with a Latin word: the match must start a word. */
  wordStart: boolean;
  /** Ends with a whole Latin word: the match must end one. */
  wordEnd: boolean;
  /** Ends with the prefix of a Latin word: the match runs on to the end of the word. */
  prefix: boolean;
}

/** How far a cut looks for a space to cut at before cutting mid-word (CJK text has none). */
const CUT_SLACK = 20;
const ELLIPSIS = '…';

export function buildSnippet(body: string, terms: TextTerm[], maxLength = 200): Snippet {
  const view = markFreeText(body);
  const findMatch = (matcher: Matcher, from: number): [number, number] | null => {
    const match = findMatchOf(view.text, matcher, view.toView(from));
    return match && [view.toOriginal(match[0]), view.toOriginal(match[1])];
  };
  const active: Array<{ matcher: Matcher; first: [number, number] }> = [];
  for (const term of terms) {
    if (term.negated) continue;
    const [whole, ...parts] = termMatchers(term);
    if (!whole) continue;
    const first = findMatch(whole, 0);
    if (first) active.push({ matcher: whole, first });
    else {
      for (const part of parts) {
        const firstPart = findMatch(part, 0);
        if (firstPart) active.push({ matcher: part, first: firstPart });
      }
    }
  }

  if (active.length === 0) {
    const [from, to] = wordBoundaries(body, 0, Math.min(body.length, maxLength), 0, 0);
    return cut(body, from, to, []);
  }

  let best = active[0]!;
  for (const entry of active) if (entry.first[0] < best.first[0]) best = entry;
  const [matchStart, matchEnd] = best.first;

  let from = 0;
  let to = body.length;
  if (body.length > maxLength) {
    from = Math.max(0, matchStart - Math.floor(maxLength / 4));
    if (matchEnd > from + maxLength) from = Math.max(0, Math.min(matchStart, matchEnd - maxLength));
    to = Math.min(body.length, from + maxLength);
    if (to - from < maxLength) from = Math.max(0, to - maxLength);
  }
  [from, to] = wordBoundaries(body, from, to, matchStart, matchEnd);

  const ranges: Array<[number, number]> = [];
  for (const { matcher } of active) {
    for (let match = findMatch(matcher, from); match && match[0] < to; match = findMatch(matcher, match[1])) {
      ranges.push([match[0], Math.min(match[1], to)]); // a match running past the cut is marked up to it
    }
  }
  return cut(body, from, to, mergeRanges(ranges));
}

/** Moves the window's ends to spaces between words, never past the first match. */
function wordBoundaries(body: string, from: number, to: number, matchStart: number, matchEnd: number): [number, number] {
  if (from > 0 && !isSpace(body.charCodeAt(from - 1))) {
    for (let i = from; i < Math.min(from + CUT_SLACK, matchStart); i++) {
      if (isSpace(body.charCodeAt(i))) {
        from = i + 1;
        break;
      }
    }
  }
  if (to < body.length && !isSpace(body.charCodeAt(to))) {
    for (let i = to - 1; i >= Math.max(to - CUT_SLACK, matchEnd); i--) {
      if (isSpace(body.charCodeAt(i))) {
        to = i;
        break;
      }
    }
  }
  if (isLowSurrogate(body.charCodeAt(from))) from++;
  if (to < body.length && isLowSurrogate(body.charCodeAt(to))) to--;
  while (from < to && isSpace(body.charCodeAt(from))) from++;
  while (to > from && isSpace(body.charCodeAt(to - 1))) to--;
  return [from, to];
}

/** body[from, to) with runs of white space as one space, '…' where text was cut, and the ranges moved into it. */
function cut(body: string, from: number, to: number, ranges: Array<[number, number]>): Snippet {
  const lead = hasTextBetween(body, 0, from) ? ELLIPSIS : '';
  const position = new Int32Array(to - from + 1); // source offset - from → offset in text
  let text = lead;
  let inSpace = false;
  for (let i = from; i < to; i++) {
    position[i - from] = text.length;
    const code = body.charCodeAt(i);
    if (isSpace(code)) {
      if (!inSpace) text += ' ';
      inSpace = true;
    } else {
      text += body[i];
      inSpace = false;
    }
  }
  position[to - from] = text.length;
  if (hasTextBetween(body, to, body.length)) text += ELLIPSIS;
  return { text, highlights: ranges.map(([start, end]) => [position[start - from]!, position[end - from]!]) };
}

/** Whether body[from, to) has anything but white space (stops at the first such character). */
function hasTextBetween(body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(body.charCodeAt(i))) return true;
  return false;
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x1680 || code === 0x85 || code === 0xfeff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The first match at or after `from` that also keeps to word boundaries, as [start, end). */
function findMatchOf(body: string, matcher: Matcher, from: number): [number, number] | null {
  const { pattern } = matcher;
  pattern.lastIndex = from;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    const start = match.index;
    let end = start + match[0].length;
    // On a miss the next try starts one character further on (a whole surrogate
    // pair: V8 moves a /u search that starts inside one back to its start).
    pattern.lastIndex = start + (body.codePointAt(start)! > 0xffff ? 2 : 1);
    if (matcher.wordStart && isWordChar(codePointBefore(body, start))) continue;
    if (matcher.prefix) {
      while (end < body.length && isWordChar(body.codePointAt(end)!)) end += body.codePointAt(end)! > 0xffff ? 2 : 1;
    } else if (matcher.wordEnd && end < body.length && isWordChar(body.codePointAt(end)!)) continue;
    return [start, end];
  }
  return null;
}

function codePointBefore(text: string, index: number): number {
  if (index === 0) return -1;
  const code = text.charCodeAt(index - 1);
  if (isLowSurrogate(code) && index >= 2 && isHighSurrogate(text.charCodeAt(index - 2))) return text.codePointAt(index - 2)!;
  return code;
}

const LETTER_DIGIT_OR_MARK = /^[\p{L}\p{N}\p{M}]$/u;

/** A character of a Latin (non-CJK) word: a letter, digit or combining mark. */
function isWordChar(codePoint: number): boolean {
  if (codePoint < 0) return false;
  if (codePoint < 0x80) return (codePoint >= 0x30 && codePoint <= 0x39) || ((codePoint | 0x20) >= 0x61 && (codePoint | 0x20) <= 0x7a);
  return !isCjkChar(codePoint) && LETTER_DIGIT_OR_MARK.test(String.fromCodePoint(codePoint));
}

const SEPARATOR = 0;
const WORD = 1;
const CJK = 2;

/** One character of a folded term: a letter or digit (WORD), a CJK character, or a run of anything else (SEPARATOR). */
interface FoldedChar {
  kind: number;
  char: string;
}

/** NFD, combining marks removed, lowercase; what is left that is not a letter or digit is a separator (''). */
function foldChar(char: string): string {
  return Array.from(char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
    .filter((c) => /[\p{L}\p{N}]/u.test(c))
    .join('');
}

function foldTerm(text: string): FoldedChar[] {
  const folded: FoldedChar[] = [];
  for (const char of text.normalize('NFC')) {
    if (isCjkChar(char.codePointAt(0)!)) folded.push({ kind: CJK, char });
    else if (/^\p{M}$/u.test(char)) continue;
    else {
      const letters = foldChar(char);
      if (letters === '') {
        if (folded.length > 0 && folded[folded.length - 1]!.kind !== SEPARATOR) folded.push({ kind: SEPARATOR, char: ' ' });
      } else for (const letter of letters) folded.push({ kind: WORD, char: letter });
    }
  }
  if (folded[folded.length - 1]?.kind === SEPARATOR) folded.pop();
  return folded;
}

/** Compiled matchers by term: the same terms come for every result on a page. */
const matcherCache = new Map<string, Matcher[]>();

/**
 * The term as written, then — when it mixes Latin and CJK — each part, the way the
 * indexes matched it. buildSnippet uses the whole term where it occurs, else the parts.
 */
function termMatchers(term: TextTerm): Matcher[] {
  const key = `${term.kind}\u0000${term.text}`;
  let matchers = matcherCache.get(key);
  if (matchers) return matchers;
  const folded = foldTerm(term.text);
  const chunks: Array<{ from: number; to: number }> = [];
  for (let i = 0; i < folded.length; ) {
    const kind = folded[i]!.kind;
    if (kind === SEPARATOR) {
      i++;
      continue;
    }
    let j = i + 1;
    // A Latin chunk runs over single separators between words; a CJK chunk stops at anything else.
    while (j < folded.length && (folded[j]!.kind === kind || (kind === WORD && folded[j]!.kind === SEPARATOR && folded[j + 1]?.kind === WORD))) j++;
    chunks.push({ from: i, to: j });
    i = j;
  }
  const matcher = (from: number, to: number, last: boolean): Matcher => {
    const endsInWord = folded[to - 1]!.kind === WORD;
    const prefix = term.kind === 'prefix' && last && endsInWord;
    return { pattern: pattern(folded.slice(from, to)), wordStart: folded[from]!.kind === WORD, wordEnd: endsInWord && !prefix, prefix };
  };
  matchers = [];
  if (chunks.length > 0) matchers.push(matcher(chunks[0]!.from, chunks[chunks.length - 1]!.to, true));
  if (chunks.length > 1) chunks.forEach((chunk, index) => matchers!.push(matcher(chunk.from, chunk.to, index === chunks.length - 1)));
  if (matcherCache.size >= 500) matcherCache.clear();
  matcherCache.set(key, matchers);
  return matchers;
}

function pattern(folded: FoldedChar[]): RegExp {
  const source = folded
    .map(({ kind, char }) => {
      if (kind === SEPARATOR) return '[^\\p{L}\\p{N}]+'; // a run of anything but letters and digits
      if (kind === CJK) return escapeRegExp(char);
      return letterClass(char);
    })
    .join('');
  // No `i` flag: letterClass lists the capitals, and with `i` the separator class
  // takes V8 some 25 ms to compile.
  return new RegExp(source, 'gu');
}

/** A folded letter and every character that folds to it: e → [eEéÉèÈ…]. */
function letterClass(letter: string): string {
  const forms = new Set([letter, ...(foldVariants().get(letter) ?? [])]);
  const capital = letter.toUpperCase();
  if (Array.from(capital).length === 1) forms.add(capital);
  return forms.size === 1 ? escapeRegExp(letter) : `[${[...forms].map(escapeRegExp).join('')}]`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * Characters by the letter they fold to (É, é, ê … under e), from the blocks
 * where letters carry diacritics or have capitals; built once, on first use.
 */
let variants: Map<string, string[]> | null = null;
const DIACRITIC_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0041, 0x005a], // A–Z
  [0x00c0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x0370, 0x04ff], // Greek, Cyrillic
  [0x0590, 0x06ff], // Hebrew, Arabic
  [0x0900, 0x0dff], // Indic scripts
  [0x1e00, 0x1fff], // Latin Extended Additional (Vietnamese), Greek Extended
  [0x2100, 0x214f], // Letterlike symbols (K as the kelvin sign, Å as the ångström sign)
  [0xfb1d, 0xfb4f], // Hebrew presentation forms
];

function foldVariants(): Map<string, string[]> {
  if (variants) return variants;
  variants = new Map();
  for (const [from, to] of DIACRITIC_BLOCKS) {
    for (let codePoint = from; codePoint <= to; codePoint++) {
      const char = String.fromCodePoint(codePoint);
      if (char.normalize('NFD') === char && char.toLowerCase() === char) continue; // folds to itself
      const folded = foldChar(char);
      if (folded === '' || folded === char || Array.from(folded).length !== 1) continue;
      const list = variants.get(folded);
      if (list) list.push(char);
      else variants.set(folded, [char]);
    }
  }
  return variants;
}
