import { pathToFileURL } from 'node:url';
import { type AnchorResult, reanchor } from '../../shared/annotations/reanchor';
import { describeRange, type TextAnchor } from '../../shared/annotations/text-anchor';
import { benchmarksDir } from '../extract/datasets';
import { Random } from '../library/random';
import { type BasilArticle, type BasilSpan, loadBasil } from './basil';

/**
 * Re-anchoring annotations after the text changed, measured on the spans BASIL's
 * annotators marked. Each span is described on the original text (describeRange),
 * the text is changed in one of six ways, and `reanchor` is asked where the span is
 * now with the old selectors:
 *  (a) white space and quote-mark style changed throughout;
 *  (b) a paragraph (from another article) inserted before the span;
 *  (c) another paragraph removed;
 *  (d) one word changed within 40 characters before or after the span;
 *  (e) one word changed inside the span (spans of two words or more);
 *  (f) the span's sentence(s) deleted: the only right answer is an orphan (`correct`
 *      counts orphans), even when the span's words are still elsewhere in the text.
 * A placement anywhere but the right place is "wrong" (for (e): not overlapping the
 * edited span, or more than a few characters off). The timing is per `reanchor` call,
 * all cases, on articles of about 2,000 words made of several BASIL articles.
 */

export interface ReanchorCaseResult {
  name: string;
  spans: number;
  correct: number;
  orphaned: number;
  wrong: number;
  /** (e) only: found at the edited place. */
  foundAtEdit?: number;
  /** Spans the case could not be built for (no other paragraph, no word to change). */
  skipped?: number;
  /** (f) only: spans whose exact text is still in the changed text (elsewhere), which must not be taken for them. */
  stillElsewhere?: number;
  /** Milliseconds per `reanchor` call in this case, on the ~2,000-word articles of the timing. */
  ms?: { p50: number; p95: number; max: number };
}

export interface ReanchorBenchResult {
  cases: ReanchorCaseResult[];
  /** Milliseconds per `reanchor` call on a ~2,000-word article built from several BASIL articles. */
  timing: {
    p50: number;
    p95: number;
    max: number;
    n: number;
    articleWords: number;
    /** The same calls in the process's CPU time (process.cpuUsage, microseconds): what the calls cost, without the time other programs had the CPU. */
    cpu: { p50: number; p95: number; max: number };
  };
  /** The same for the calls of the cases above on the BASIL articles of 600 words or more. */
  timingLongArticles?: { p50: number; p95: number; max: number; n: number };
}

/** One span of one case that did not come out right, for looking at. */
export interface ReanchorMiss {
  caseName: string;
  article: string;
  span: BasilSpan;
  anchor: TextAnchor;
  /** Where the span is in the changed text (null: it is gone). */
  expected: { start: number; end: number } | null;
  result: AnchorResult;
  changedText: string;
  verdict: 'orphaned' | 'wrong';
}

export interface MeasureOptions {
  onMiss?: (miss: ReanchorMiss) => void;
}

/** (e): a result counts as found at the edited place within this many characters of each end. */
const EDIT_TOLERANCE = 5;
/** (d): the changed word lies within this many characters of the span. */
const NEAR = 40;
const CASES = ['a: whitespace and quote marks', 'b: paragraph inserted before', 'c: paragraph removed elsewhere', 'd: word changed near the span', 'e: word changed inside the span', 'f: sentence deleted'] as const;

interface Change {
  text: string;
  /** Where the span is now, or null when it was deleted. */
  expected: { start: number; end: number } | null;
}

type CaseBuilder = (article: BasilArticle, span: BasilSpan, random: Random, all: BasilArticle[]) => Change | null;

const builders: CaseBuilder[] = [changeStyle, insertParagraph, removeParagraph, changeNearbyWord, changeWordInside, deleteSentence];

/** The changed text of case `index` (0 = (a) … 5 = (f)) for one span, and where the span is in it; null when the case does not apply. */
export function buildCase(index: number, article: BasilArticle, span: BasilSpan, random: Random, all: BasilArticle[]): { text: string; expected: { start: number; end: number } | null } | null {
  return builders[index]!(article, span, random, all);
}

export function measureReanchoring(articles: BasilArticle[], seed = 1, options: MeasureOptions = {}): ReanchorBenchResult {
  const random = new Random(seed);
  const cases: ReanchorCaseResult[] = CASES.map((name) => ({ name, spans: 0, correct: 0, orphaned: 0, wrong: 0, skipped: 0 }));
  cases[4]!.foundAtEdit = 0;
  cases[5]!.stillElsewhere = 0;
  const longTimes: number[] = [];
  for (const article of articles) {
    const long = wordCount(article.text) >= LONG_ARTICLE_WORDS;
    for (const span of article.spans) {
      const anchor = describeRange(article.text, span.start, span.end);
      builders.forEach((build, index) => {
        const tally = cases[index]!;
        const change = build(article, span, random, articles);
        if (!change) {
          tally.skipped!++;
          return;
        }
        tally.spans++;
        if (index === 5 && change.text.includes(span.text)) tally.stillElsewhere!++;
        const started = performance.now();
        const result = reanchorWith(change.text, anchor);
        if (long) longTimes.push(performance.now() - started);
        const verdict = judge(index, change, result);
        if (verdict === 'correct' || verdict === 'near') {
          if (verdict === 'correct') tally.correct++;
          if (index === 4) tally.foundAtEdit!++;
          return;
        }
        if (verdict === 'orphaned') tally.orphaned++;
        else tally.wrong++;
        options.onMiss?.({ caseName: CASES[index]!, article: article.key, span, anchor, expected: change.expected, result, changedText: change.text, verdict });
      });
    }
  }
  const timing = measureTiming(articles, seed);
  cases.forEach((tally, index) => {
    tally.ms = percentiles(timing.byCase[index]!);
  });
  return {
    cases,
    timing: { ...percentiles(timing.all), n: timing.all.length, articleWords: timing.articleWords, cpu: percentiles(timing.cpu) },
    timingLongArticles: { ...percentiles(longTimes), n: longTimes.length },
  };
}

function reanchorWith(text: string, anchor: TextAnchor): AnchorResult {
  const { quote, position } = anchor;
  return reanchor(text, { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end });
}

function judge(caseIndex: number, change: Change, result: AnchorResult): 'correct' | 'near' | 'orphaned' | 'wrong' {
  const { expected } = change;
  if ('orphan' in result) return expected ? 'orphaned' : 'correct';
  if (!expected) return 'wrong';
  if (result.start === expected.start && result.end === expected.end) return 'correct';
  if (caseIndex === 4) {
    const overlaps = result.start < expected.end && result.end > expected.start;
    if (overlaps && Math.abs(result.start - expected.start) <= EDIT_TOLERANCE && Math.abs(result.end - expected.end) <= EDIT_TOLERANCE) return 'near';
  }
  return 'wrong';
}

// ---- timing -----------------------------------------------------------------------

/** BASIL articles at least this long are timed as they are. */
const LONG_ARTICLE_WORDS = 600;
/** Articles of about this many words are built (from several BASIL articles) for the timing. */
const TIMING_WORDS = 2_000;
/** How many such articles. */
const TIMING_ARTICLES = 8;

/**
 * Every case's `reanchor` calls, timed one by one, on articles of about 2,000 words
 * made of consecutive BASIL articles (each call gets a freshly changed text, so
 * nothing of the text is cached between calls; the first pass warms up; each text is
 * in one piece, as one read from the library is: see flatten).
 */
function measureTiming(articles: BasilArticle[], seed: number): { all: number[]; cpu: number[]; byCase: number[][]; articleWords: number } {
  const long: BasilArticle[] = [];
  for (let from = 0; from < articles.length && long.length < TIMING_ARTICLES; ) {
    const built = concatenate(articles.slice(from), TIMING_WORDS);
    if (wordCount(built.text) < TIMING_WORDS) break;
    long.push(built);
    from += built.key.split('+').length;
  }
  const random = new Random(seed + 1);
  const all: number[] = [];
  const cpu: number[] = [];
  const byCase: number[][] = builders.map(() => []);
  for (let pass = 0; pass < 2; pass++) {
    for (const article of long) {
      for (const span of article.spans) {
        const anchor = describeRange(article.text, span.start, span.end);
        builders.forEach((build, index) => {
          const change = build(article, span, random, articles);
          if (!change) return;
          flatten(change.text);
          const cpuStarted = process.cpuUsage();
          const started = performance.now();
          reanchorWith(change.text, anchor);
          const elapsed = performance.now() - started;
          const cpuUsed = process.cpuUsage(cpuStarted);
          if (pass === 0) return;
          all.push(elapsed);
          cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
          byCase[index]!.push(elapsed);
        });
      }
    }
  }
  const words = long.reduce((sum, article) => sum + wordCount(article.text), 0);
  return { all, cpu, byCase, articleWords: Math.round(words / Math.max(1, long.length)) };
}

/**
 * The changed texts are built by concatenation, which V8 keeps as a rope until the string
 * is first read (the style change of (a) is a rope of one piece per character). A text
 * re-anchored in the app comes from the library, in one piece: the rope is joined before
 * the clock starts, so that it is re-anchoring that is timed, not the joining.
 */
function flatten(text: string): void {
  if (text.indexOf('\u0000') === -2) throw new Error('unreachable');
}

function percentiles(times: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { p50: at(0.5), p95: at(0.95), max: round(sorted.at(-1) ?? 0) };
}

/**
 * Paragraphs of consecutive articles, joined, until the text has at least `words`
 * words; the key lists the articles used, joined by '+'.
 */
export function concatenate(articles: BasilArticle[], words: number): BasilArticle {
  let text = '';
  let count = 0;
  const keys: string[] = [];
  const paragraphs: BasilArticle['paragraphs'] = [];
  const spans: BasilSpan[] = [];
  for (const article of articles) {
    if (count >= words) break;
    keys.push(article.key);
    for (const p of article.paragraphs) {
      if (count >= words) break;
      const offset = (text ? text.length + 2 : 0) - p.start;
      text = text ? `${text}\n\n${article.text.slice(p.start, p.end)}` : article.text.slice(p.start, p.end);
      count += wordCount(article.text.slice(p.start, p.end));
      paragraphs.push({ start: p.start + offset, end: p.end + offset });
      for (const s of article.spans) if (s.start >= p.start && s.end <= p.end) spans.push({ ...s, start: s.start + offset, end: s.end + offset });
    }
  }
  return { key: keys.join('+'), source: 'basil', title: 'concatenated', text, paragraphs, spans, mismatched: 0 };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

// ---- (a) white space and quote marks ------------------------------------------------

function changeStyle(article: BasilArticle, span: BasilSpan, random: Random): Change {
  const { text } = article;
  const newAt: number[] = new Array(text.length + 1);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    newAt[i] = out.length;
    const c = text[i]!;
    const before = i > 0 ? text[i - 1]! : ' ';
    if (c === '\n' && text[i + 1] === '\n') {
      out += random.pick(['\n \n', '\n\n\n', ' \n\n', '\r\n\r\n', '\n\t\n']);
      newAt[++i] = out.length; // the second newline became part of the run
      continue;
    }
    if (c === ' ') out += random.pick([' ', ' ', ' ', '  ', '   ', '\u00a0', '\n']);
    else if (c === "'") out += /[\p{L}\p{N}]/u.test(before) ? '\u2019' : /\s|[(\[]/.test(before) ? '\u2018' : '\u2019';
    else if (c === '"') out += /\s|[(\[]/.test(before) ? '\u201c' : '\u201d';
    else if (c === '\u2018' || c === '\u2019') out += "'";
    else if (c === '\u201c' || c === '\u201d') out += '"';
    else out += c;
  }
  newAt[text.length] = out.length;
  return { text: out, expected: { start: newAt[span.start]!, end: newAt[span.end]! } };
}

// ---- (b), (c) paragraphs ------------------------------------------------------------

function paragraphOf(article: BasilArticle, offset: number): number {
  return article.paragraphs.findIndex((p) => offset >= p.start && offset <= p.end);
}

function insertParagraph(article: BasilArticle, span: BasilSpan, random: Random, all: BasilArticle[]): Change | null {
  if (all.length < 2) return null;
  let other = random.pick(all);
  while (other === article) other = random.pick(all);
  const p = random.pick(other.paragraphs);
  const inserted = other.text.slice(p.start, p.end);
  const before = random.int(paragraphOf(article, span.start) + 1);
  const at = article.paragraphs[before]!.start;
  const text = `${article.text.slice(0, at)}${inserted}\n\n${article.text.slice(at)}`;
  const shift = inserted.length + 2;
  return { text, expected: { start: span.start + shift, end: span.end + shift } };
}

function removeParagraph(article: BasilArticle, span: BasilSpan, random: Random): Change | null {
  const own = new Set([paragraphOf(article, span.start), paragraphOf(article, span.end)]);
  const others = article.paragraphs.map((_p, i) => i).filter((i) => !own.has(i));
  if (others.length === 0) return null;
  const index = random.pick(others);
  const p = article.paragraphs[index]!;
  const last = index === article.paragraphs.length - 1;
  const cut = last ? { start: p.start - 2, end: p.end } : { start: p.start, end: p.end + 2 };
  const text = article.text.slice(0, cut.start) + article.text.slice(cut.end);
  const shift = cut.start < span.start ? cut.end - cut.start : 0;
  return { text, expected: { start: span.start - shift, end: span.end - shift } };
}

// ---- (d), (e) words -------------------------------------------------------------------

interface Word {
  start: number;
  end: number;
  text: string;
}

function words(text: string, from: number, to: number): Word[] {
  const found: Word[] = [];
  for (const match of text.slice(from, to).matchAll(/[\p{L}\p{N}]+/gu)) {
    found.push({ start: from + match.index, end: from + match.index + match[0].length, text: match[0] });
  }
  return found;
}

const vocabularies = new WeakMap<BasilArticle, string[]>();

/** Another word of the same article (3 letters or more), different from `word`. */
function otherWord(article: BasilArticle, word: string, random: Random): string {
  let vocabulary = vocabularies.get(article);
  if (!vocabulary) {
    vocabulary = [...new Set(words(article.text, 0, article.text.length).map((w) => w.text).filter((w) => w.length >= 3))];
    vocabularies.set(article, vocabulary);
  }
  for (;;) {
    const pick = random.pick(vocabulary);
    if (pick.toLowerCase() !== word.toLowerCase()) return pick;
  }
}

function replaceWord(article: BasilArticle, span: BasilSpan, word: Word, random: Random): Change {
  const replacement = otherWord(article, word.text, random);
  const text = article.text.slice(0, word.start) + replacement + article.text.slice(word.end);
  const delta = replacement.length - word.text.length;
  const expected = word.end <= span.start ? { start: span.start + delta, end: span.end + delta } : word.start >= span.end ? { start: span.start, end: span.end } : { start: span.start, end: span.end + delta };
  return { text, expected };
}

function changeNearbyWord(article: BasilArticle, span: BasilSpan, random: Random): Change | null {
  const { text } = article;
  const near = [...words(text, Math.max(0, span.start - NEAR), span.start), ...words(text, span.end, Math.min(text.length, span.end + NEAR))].filter(
    (w) => w.end <= span.start || w.start >= span.end,
  );
  // A word cut by the window's edge is not a whole word: drop it.
  const whole = near.filter((w) => (w.start === 0 || !/[\p{L}\p{N}]/u.test(text[w.start - 1]!)) && (w.end === text.length || !/[\p{L}\p{N}]/u.test(text[w.end]!)));
  if (whole.length === 0) return null;
  return replaceWord(article, span, random.pick(whole), random);
}

function changeWordInside(article: BasilArticle, span: BasilSpan, random: Random): Change | null {
  const inside = words(article.text, span.start, span.end);
  if (inside.length < 2) return null;
  return replaceWord(article, span, random.pick(inside), random);
}

// ---- (f) sentences -----------------------------------------------------------------

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'st', 'jr', 'sr', 'inc', 'co', 'corp', 'vs', 'no', 'rev', 'prof', 'u.s', 'u.n', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);

/**
 * Sentences of one paragraph. BASIL's sentences are joined by a space, like its words,
 * so they are found again: a space after . ! or ? (and closing quotes) before a capital,
 * a digit or an opening quote, unless the word before is a known abbreviation or an
 * initial.
 */
export function sentences(text: string, paragraph: { start: number; end: number }): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  let start = paragraph.start;
  const body = text.slice(paragraph.start, paragraph.end);
  for (const match of body.matchAll(/([.!?])["'\u201d\u2019)]* (?=["'\u201c\u2018(]?[\p{Lu}\p{N}])/gu)) {
    const stop = paragraph.start + match.index;
    const lastWord = /([\p{L}.]+)$/u.exec(text.slice(start, stop))?.[1] ?? '';
    if (match[1] === '.' && (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^\p{Lu}$/u.test(lastWord) || /^(\p{L}\.)+\p{L}$/u.test(lastWord))) continue;
    const end = paragraph.start + match.index + match[0].length - 1;
    found.push({ start, end });
    start = end + 1;
  }
  found.push({ start, end: paragraph.end });
  return found;
}

function deleteSentence(article: BasilArticle, span: BasilSpan): Change | null {
  const { text } = article;
  const index = paragraphOf(article, span.start);
  const paragraph = article.paragraphs[index]!;
  const all = sentences(text, paragraph);
  const hit = all.filter((s) => s.end > span.start && s.start < span.end);
  const from = hit[0]!.start;
  const to = hit.at(-1)!.end;
  let cut: { start: number; end: number };
  if (from === paragraph.start && to === paragraph.end) {
    // The whole paragraph goes, with one of its separators.
    if (article.paragraphs.length === 1) cut = { start: from, end: to };
    else if (index < article.paragraphs.length - 1) cut = { start: from, end: to + 2 };
    else cut = { start: from - 2, end: to };
  } else if (to < paragraph.end) cut = { start: from, end: to + 1 };
  else cut = { start: from - 1, end: to };
  return { text: text.slice(0, cut.start) + text.slice(cut.end), expected: null };
}

// ---- `npx tsx bench/annotate/reanchoring.ts` ------------------------------------------

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const articles = loadBasil(benchmarksDir(process.argv[2] ?? null));
  const result = measureReanchoring(articles);
  for (const c of result.cases) {
    const extra = c.foundAtEdit !== undefined ? ` foundAtEdit ${c.foundAtEdit}` : c.stillElsewhere !== undefined ? ` (text still elsewhere: ${c.stillElsewhere})` : '';
    const ms = c.ms ? `  ms p50 ${c.ms.p50} p95 ${c.ms.p95} max ${c.ms.max}` : '';
    console.log(`${c.name.padEnd(34)} spans ${String(c.spans).padStart(4)} correct ${String(c.correct).padStart(4)} orphaned ${String(c.orphaned).padStart(3)} wrong ${c.wrong}${extra} (skipped ${c.skipped})${ms}`);
  }
  const t = result.timing;
  console.log(`timing on ${t.articleWords} words: p50 ${t.p50} ms, p95 ${t.p95} ms, max ${t.max} ms (n ${t.n})`);
  const l = result.timingLongArticles!;
  console.log(`timing on BASIL articles of ${LONG_ARTICLE_WORDS}+ words: p50 ${l.p50} ms, p95 ${l.p95} ms, max ${l.max} ms (n ${l.n})`);
}
