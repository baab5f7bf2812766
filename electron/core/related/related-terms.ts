import { cjkRuns, isCjkChar, runTokens } from '../../../shared/search/cjk';
import { foldWidth } from '../../../shared/search/word-index-text';

/**
 * The terms related coverage compares texts by. Words are runs of Unicode letters and
 * digits, lower-cased with accents removed (as the search index's unicode61 tokenizer
 * with remove_diacritics reads them, so a word term is also a search-index token); a
 * run of Korean, Chinese or Japanese becomes its overlapping character bigrams (as in
 * the CJK search index), since those scripts do not separate words with spaces.
 * One-letter words and bare numbers of one or two digits carry no story and are left out.
 */
export interface TextTerms {
  /** Every term in text order (for shingles). */
  sequence: string[];
  /** Term → count. */
  counts: Map<string, number>;
}

const WORD_OR_CJK = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const SHORT_NUMBER = /^\p{N}{1,2}$/u;

export function textTerms(text: string): TextTerms {
  const sequence: string[] = [];
  const folded = foldWidth(text.normalize('NFC'));
  for (const match of folded.matchAll(WORD_OR_CJK)) {
    const run = match[0];
    if (!hasCjk(run)) {
      pushWord(sequence, run);
      continue;
    }
    // A run mixing scripts (`ICBM을`): the non-CJK parts are words, the CJK parts bigrams.
    let rest = run;
    for (const cjk of cjkRuns(run)) {
      const at = rest.indexOf(cjk);
      if (at > 0) pushWord(sequence, rest.slice(0, at));
      for (const token of runTokens(cjk)) if (Array.from(token).length === 2 || Array.from(cjk).length === 1) sequence.push(token);
      rest = rest.slice(at + cjk.length);
    }
    if (rest) pushWord(sequence, rest);
  }
  const counts = new Map<string, number>();
  for (const term of sequence) counts.set(term, (counts.get(term) ?? 0) + 1);
  return { sequence, counts };
}

function pushWord(sequence: string[], raw: string): void {
  const word = raw.normalize('NFKD').replace(MARKS, '').toLowerCase();
  if (Array.from(word).length < 2 || SHORT_NUMBER.test(word)) return;
  sequence.push(word);
}

function hasCjk(run: string): boolean {
  for (const char of run) if (isCjkChar(char.codePointAt(0)!)) return true;
  return false;
}

/** True for a CJK bigram term (searched in the bigram index, not the word index). */
export function isCjkTerm(term: string): boolean {
  return isCjkChar(term.codePointAt(0)!);
}

export const SHINGLE_SIZE = 4;

/** The distinct shingles of SHINGLE_SIZE consecutive terms (a shorter text is one shingle). */
export function shingles(sequence: string[]): Set<string> {
  const out = new Set<string>();
  if (sequence.length === 0) return out;
  if (sequence.length < SHINGLE_SIZE) {
    out.add(sequence.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE_SIZE <= sequence.length; i++) out.add(sequence.slice(i, i + SHINGLE_SIZE).join(' '));
  return out;
}

/** Share of the smaller set found in the larger: 1 when one text contains the other. */
export function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / small.size;
}
