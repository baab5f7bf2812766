import { isCjkChar } from '../search/cjk';

/**
 * Words for comparison. A word is `\p{L}[\p{L}\p{M}\p{N}'’]*` or a run of digits,
 * lower-cased and accent-folded ("Séoul" = "seoul"), with a trailing possessive or
 * apostrophe dropped ("Kim's" = "kim"). CJK has no spaces between words, so a run
 * of CJK characters gives its overlapping character bigrams for matching (a
 * one-character run gives itself) and its single characters for diffing.
 */
export interface Token {
  /** The normalised form compared. */
  norm: string;
  /** Offsets of what it came from in the text (a bigram covers its two characters). */
  start: number;
  end: number;
}

/** `match`: CJK bigrams (for similarity); `diff`: CJK single characters (for word diffs). */
export type TokenMode = 'match' | 'diff';

const WORD = /\p{L}[\p{L}\p{M}\p{N}'’]*|\p{N}+/gu;

/** Folded forms of words seen recently (folding is most of tokenizing's cost, and words repeat). */
const folds = new Map<string, string>();

export function foldWord(word: string): string {
  let folded = folds.get(word);
  if (folded === undefined) {
    if (folds.size >= 50_000) folds.clear();
    folded = foldUncached(word);
    folds.set(word, folded);
  }
  return folded;
}

function foldUncached(word: string): string {
  if (/^[a-z0-9]+$/.test(word)) return word;
  let folded = word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/’/g, "'");
  folded = folded.replace(/'s$/, '').replace(/'+$/, '');
  return folded.normalize('NFC');
}

/** The tokens of text.slice(from, to), with offsets in `text`. */
export function tokenize(text: string, mode: TokenMode, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(slice); match !== null; match = WORD.exec(slice)) {
    const word = match[0];
    const base = from + match.index;
    if (!hasCjk(word)) {
      const norm = foldWord(word);
      if (norm) tokens.push({ norm, start: base, end: base + word.length });
      continue;
    }
    // Split into CJK runs and other parts.
    let partStart = 0;
    let partCjk: boolean | null = null;
    const flush = (endIndex: number) => {
      if (partCjk === null || endIndex <= partStart) return;
      const part = word.slice(partStart, endIndex);
      if (partCjk) pushCjk(tokens, part, base + partStart, mode);
      else {
        const norm = foldWord(part);
        if (norm) tokens.push({ norm, start: base + partStart, end: base + endIndex });
      }
    };
    let i = 0;
    while (i < word.length) {
      const cp = word.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const cjk = isCjkChar(cp);
      if (partCjk !== cjk) {
        flush(i);
        partStart = i;
        partCjk = cjk;
      }
      i += width;
    }
    flush(word.length);
  }
  return tokens;
}

function hasCjk(word: string): boolean {
  for (const ch of word) if (isCjkChar(ch.codePointAt(0)!)) return true;
  return false;
}

function pushCjk(tokens: Token[], run: string, offset: number, mode: TokenMode): void {
  const chars: Array<{ ch: string; start: number }> = [];
  let i = 0;
  for (const ch of run) {
    chars.push({ ch, start: offset + i });
    i += ch.length;
  }
  if (mode === 'diff' || chars.length === 1) {
    for (const c of chars) tokens.push({ norm: c.ch, start: c.start, end: c.start + c.ch.length });
    return;
  }
  for (let k = 0; k + 1 < chars.length; k++) {
    const a = chars[k]!;
    const b = chars[k + 1]!;
    tokens.push({ norm: a.ch + b.ch, start: a.start, end: b.start + b.ch.length });
  }
}

/** Whole-text `diff` tokens of the texts being compared: word diffs, quotations and counts each read a range of them. */
const diffTokens = new Map<string, Token[]>();
const DIFF_TEXTS = 8;

/**
 * The `diff` tokens of text.slice(from, to), cut from the whole text's tokens (made once
 * per text). The ranges compared are blocks and quotations, which never split a word,
 * so this is what tokenizing the slice gives.
 */
export function diffTokensIn(text: string, from = 0, to = text.length): Token[] {
  let all = diffTokens.get(text);
  if (!all) {
    if (diffTokens.size >= DIFF_TEXTS) diffTokens.delete(diffTokens.keys().next().value!);
    all = tokenize(text, 'diff');
    diffTokens.set(text, all);
  }
  const first = firstAtOrAfter(all, from);
  let last = first;
  while (last < all.length && all[last]!.end <= to) last++;
  return all.slice(first, last);
}

function firstAtOrAfter(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The `match` tokens of text.slice(from, to). Without CJK they are its `diff` tokens,
 * which the comparison has already made once for the whole text.
 */
export function matchTokensIn(text: string, from = 0, to = text.length): Token[] {
  const tokens = diffTokensIn(text, from, to);
  const hasCjkToken = tokens.some((token) => isCjkChar(token.norm.codePointAt(0)!));
  return hasCjkToken ? tokenize(text, 'match', from, to) : tokens;
}

/** How many words a text has, counting each CJK character as one. */
export function wordCount(text: string, from = 0, to = text.length): number {
  return diffTokensIn(text, from, to).length;
}
