import { pathToFileURL } from 'node:url';
import { type AnchorResult, reanchor } from '../../shared/annotations/reanchor';
import { describeRange, type TextAnchor } from '../../shared/annotations/text-anchor';
import { benchmarksDir } from '../extract/datasets';
import { Random } from '../library/random';
import { type BasilArticle, type BasilSpan, loadBasil } from './basil';
import { caseBuilders, type Change } from './text-edits';

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
const CASES = ['a: whitespace and quote marks', 'b: paragraph inserted before', 'c: paragraph removed elsewhere', 'd: word changed near the span', 'e: word changed inside the span', 'f: sentence deleted'] as const;

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
      caseBuilders.forEach((build, index) => {
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
  const byCase: number[][] = caseBuilders.map(() => []);
  for (let pass = 0; pass < 2; pass++) {
    for (const article of long) {
      for (const span of article.spans) {
        const anchor = describeRange(article.text, span.start, span.end);
        caseBuilders.forEach((build, index) => {
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
