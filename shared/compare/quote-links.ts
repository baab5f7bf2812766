import { detectQuotes } from '../quotes/detect-quotes';
import { diffTokensIn } from './tokens';
import type { LinkedQuote, QuoteOccurrence } from './types';

/**
 * Quotations shared between sources. Each source's quotations come from
 * detectQuotes; two are the same quotation when, compared as normalised words
 * (quote marks, case, accents and spacing ignored), the shorter lies wholly in the
 * longer (a trimmed or partial quotation) or they share a long run of words. Linked
 * occurrences are grouped transitively; a group found in one source only is exclusive.
 */
export interface QuoteLinkOptions {
  /** A common run of this many words links two quotations whatever their lengths. */
  longRun: number;
  /** Otherwise the common run must cover this share of the shorter quotation… */
  shorterShare: number;
  /** …and have at least this many words. */
  minRun: number;
}

export const DEFAULT_QUOTE_LINK_OPTIONS: QuoteLinkOptions = { longRun: 6, shorterShare: 0.6, minRun: 2 };

interface Occurrence extends QuoteOccurrence {
  source: number;
  words: string[];
  /** `words` as ids shared by all sources' quotations (compared as numbers). */
  ids: Int32Array;
}

export function linkQuotes(
  sources: ReadonlyArray<{ id: number; text: string }>,
  options: QuoteLinkOptions = DEFAULT_QUOTE_LINK_OPTIONS,
): LinkedQuote[] {
  const all: Occurrence[] = [];
  const wordIds = new Map<string, number>();
  const idOf = (word: string) => {
    let id = wordIds.get(word);
    if (id === undefined) wordIds.set(word, (id = wordIds.size));
    return id;
  };
  sources.forEach((source, s) => {
    for (const q of detectQuotes(source.text)) {
      const words = diffTokensIn(source.text, q.start, q.end).map((t) => t.norm);
      all.push({ id: source.id, start: q.start, end: q.end, text: q.text, speaker: q.speaker, source: s, words, ids: Int32Array.from(words, idOf) });
    }
  });

  const parent = all.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  // Candidates share a word; words in many quotations are skipped for pruning.
  const postings: number[][] = Array.from({ length: wordIds.size }, () => []);
  const distinctIds = all.map((q, i) => {
    const distinct = [...new Set(q.ids)];
    for (const w of distinct) postings[w]!.push(i);
    return distinct;
  });
  // tried[j] === i + 1: pair (i, j) was already weighed while scanning i's words.
  const tried = new Int32Array(all.length);
  const canLink = pairFilter(wordIds.size, options);
  // Words in many quotations ("the", "of") are skipped unless the quotation has nothing else.
  const cap = Math.max(16, all.length * 0.2);
  all.forEach((q, i) => {
    const distinct = distinctIds[i]!;
    const rare = distinct.filter((w) => postings[w]!.length <= cap);
    for (const w of rare.length > 0 ? rare : distinct) {
      for (const j of postings[w]!) {
        if (j <= i || tried[j] === i + 1) continue;
        tried[j] = i + 1;
        if (find(i) === find(j)) continue;
        if (canLink(q.ids, all[j]!.ids) && linkedIds(q.ids, all[j]!.ids, options)) parent[find(i)] = find(j);
      }
    }
  });

  const groups = new Map<number, Occurrence[]>();
  all.forEach((q, i) => {
    const root = find(i);
    let list = groups.get(root);
    if (!list) groups.set(root, (list = []));
    list.push(q);
  });
  const out: LinkedQuote[] = [];
  for (const members of groups.values()) {
    members.sort((a, b) => a.source - b.source || a.start - b.start);
    const longest = members.reduce((best, q) => (q.words.length > best.words.length ? q : best), members[0]!);
    const sourceIds = [...new Set(members.map((q) => q.source))].sort((a, b) => a - b).map((s) => sources[s]!.id);
    out.push({
      text: stripMarks(longest.text),
      speaker: members.find((q) => q.speaker !== null)?.speaker ?? null,
      occurrences: members.map(({ id, start, end, text, speaker }) => ({ id, start, end, text, speaker })),
      exclusive: sourceIds.length < 2,
      sourceIds,
    });
  }
  out.sort((a, b) => b.sourceIds.length - a.sourceIds.length || firstKey(a, sources) - firstKey(b, sources));
  return out;
}

function firstKey(q: LinkedQuote, sources: ReadonlyArray<{ id: number }>): number {
  const o = q.occurrences[0]!;
  return sources.findIndex((s) => s.id === o.id) * 1e9 + o.start;
}

export function linked(a: string[], b: string[], options: QuoteLinkOptions = DEFAULT_QUOTE_LINK_OPTIONS): boolean {
  const ids = new Map<string, number>();
  const idOf = (word: string) => {
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size));
    return id;
  };
  return linkedIds(Int32Array.from(a, idOf), Int32Array.from(b, idOf), options);
}

/**
 * A test that rules out most candidate pairs in linear time: a common run is made of
 * words of the shorter quotation that the longer one has, so fewer such words than the
 * shortest run that could link them means they do not link (no dynamic programming).
 */
function pairFilter(vocabularySize: number, options: QuoteLinkOptions) {
  const seen = new Int32Array(vocabularySize);
  let stamp = 0;
  return (a: Int32Array, b: Int32Array): boolean => {
    const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
    if (shorter.length === 0) return false;
    const needed = shortestLinkingRun(shorter.length, a.length === b.length, options);
    stamp++;
    for (const word of longer) seen[word] = stamp;
    let shared = 0;
    for (const word of shorter) if (seen[word] === stamp && ++shared >= needed) return true;
    return false;
  };
}

/** The shortest common run with which `linkedIds` can link quotations of these lengths. */
function shortestLinkingRun(shorter: number, sameLength: boolean, options: QuoteLinkOptions): number {
  const share = Math.ceil(options.shorterShare * shorter - 1e-9);
  const least = Math.max(share, Math.min(options.minRun, sameLength ? shorter : options.minRun));
  return Math.min(options.longRun, least);
}

function linkedIds(a: Int32Array, b: Int32Array, options: QuoteLinkOptions): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter === 0) return false;
  const run = longestCommonRun(a, b);
  if (run >= options.longRun) return true;
  if (run < options.minRun && !(run === shorter && a.length === b.length)) return false;
  return run >= options.shorterShare * shorter;
}

/** Length of the longest run of words common to both (dynamic programming, one row). */
export function longestCommonRun<T extends ArrayLike<unknown>>(a: T, b: T): number {
  let best = 0;
  const row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    const word = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      const run = word === b[j - 1] ? diagonal + 1 : 0;
      row[j] = run;
      if (run > best) best = run;
      diagonal = above;
    }
  }
  return best;
}

const MARKS = /^[\s"'“”‘’«»„‚‹›「」『』〝〞＂]+|[\s"'“”‘’«»„‚‹›「」『』〝〞＂]+$/gu;

export function stripMarks(text: string): string {
  return text.replace(MARKS, '');
}
