import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectQuotes, type DetectedQuote } from '../../shared/quotes/detect-quotes';
import { benchmarksDir } from '../extract/datasets';
import { loadBasil, type BasilArticle, type BasilSpan } from './basil';

/**
 * Quote detection against BASIL's phrase-level annotations (run it: `npx tsx
 * bench/annotate/quote-detection.ts [--data DIR] [--misses]`) (issue: quotations and their
 * speakers). A span "lies inside" a detected quotation when at least 80 % of its
 * characters do. recall: spans with quote=true inside one; false inclusion: spans with
 * quote=false inside one; speaker accuracy: named quote=true spans (label not `other_…`,
 * not empty) inside a quotation whose speaker contains the label's last word
 * (case-insensitive); a span inside no quotation is a speaker failure.
 */
export interface QuoteBenchResult {
  recall: number;
  falseInclusion: number;
  speakerAccuracy: number;
  quoteSpans: number;
  nonQuoteSpans: number;
  speakerSpans: number;
  /**
   * Diagnostic, no target: speaker accuracy split by the kind of label. BASIL often labels
   * a quotation by the group its speaker speaks for (`Democratic_lawmakers` for "Senator
   * Richard Blumenthal, Democrat of Connecticut, said"); no speaker written in the text
   * contains that label's last word.
   */
  speakerByLabel: { person: { spans: number; right: number }; group: { spans: number; right: number } };
  misses: Array<{ article: string; span: string; kind: 'recall' | 'false-inclusion' | 'speaker'; expected?: string; got?: string | null }>;
}

/** Share of a span's characters that must lie inside a quotation. */
export const INSIDE_SHARE = 0.8;

export function measureQuoteDetection(articles: BasilArticle[]): QuoteBenchResult {
  let quoteSpans = 0;
  let found = 0;
  let nonQuoteSpans = 0;
  let included = 0;
  let speakerSpans = 0;
  let speakersRight = 0;
  const speakerByLabel = { person: { spans: 0, right: 0 }, group: { spans: 0, right: 0 } };
  const misses: QuoteBenchResult['misses'] = [];

  for (const article of articles) {
    const quotes = detectQuotes(article.text);
    for (const span of article.spans) {
      const quote = containingQuote(quotes, span);
      if (span.quote) {
        quoteSpans++;
        if (quote) found++;
        else misses.push({ article: article.key, span: span.text, kind: 'recall' });
        if (isNamedSpeaker(span.speaker)) {
          speakerSpans++;
          const expected = lastWord(span.speaker);
          const byLabel = speakerByLabel[isGroupLabel(span.speaker) ? 'group' : 'person'];
          byLabel.spans++;
          if (quote?.speaker?.toLowerCase().includes(expected)) {
            speakersRight++;
            byLabel.right++;
          } else misses.push({ article: article.key, span: span.text, kind: 'speaker', expected: span.speaker, got: quote ? quote.speaker : null });
        }
      } else {
        nonQuoteSpans++;
        if (quote) {
          included++;
          misses.push({ article: article.key, span: span.text, kind: 'false-inclusion', got: quote.text });
        }
      }
    }
  }
  return {
    recall: ratio(found, quoteSpans),
    falseInclusion: ratio(included, nonQuoteSpans),
    speakerAccuracy: ratio(speakersRight, speakerSpans),
    quoteSpans,
    nonQuoteSpans,
    speakerSpans,
    speakerByLabel,
    misses,
  };
}

/** The detected quotation holding at least 80 % of the span's characters, if any. */
export function containingQuote(quotes: readonly DetectedQuote[], span: Pick<BasilSpan, 'start' | 'end'>): DetectedQuote | null {
  const length = span.end - span.start;
  if (length <= 0) return null;
  let best: DetectedQuote | null = null;
  let bestOverlap = 0;
  for (const quote of quotes) {
    if (quote.end <= span.start) continue;
    if (quote.start >= span.end) break;
    const overlap = Math.min(quote.end, span.end) - Math.max(quote.start, span.start);
    if (overlap > bestOverlap) {
      best = quote;
      bestOverlap = overlap;
    }
  }
  return best && bestOverlap >= INSIDE_SHARE * length ? best : null;
}

/** A person's or group's name: not `other_…`, not empty. */
export function isNamedSpeaker(label: string): boolean {
  const trimmed = label.trim();
  return trimmed !== '' && !trimmed.toLowerCase().startsWith('other_');
}

/**
 * A label naming a group rather than a person: one word (`Catholics`), a word in lower
 * case (`Democratic_lawmakers`, `Obama_campaign`), or ending in a plural (`House_Democrats`,
 * `Republican_Lawmakers`). People are labelled First_Last (`Michael_Steele`); a surname in
 * -s would be taken for a group (BASIL's labels have none).
 */
export function isGroupLabel(label: string): boolean {
  const words = label.trim().split(/[_\s]+/u).filter(Boolean);
  return words.length < 2 || words.some((word) => !/^\p{Lu}/u.test(word)) || /\p{Ll}s$/u.test(words.at(-1)!);
}

/** `Michael_Steele` → "steele", `House_Democrats` → "democrats". */
export function lastWord(label: string): string {
  const words = label.trim().split(/[_\s]+/u).filter(Boolean);
  return (words[words.length - 1] ?? '').toLowerCase();
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** The issue's targets. */
export const TARGETS = { recall: 0.98, falseInclusion: 0.02, speakerAccuracy: 0.85 } as const;

function main(argv: string[]): void {
  const dataIndex = argv.indexOf('--data');
  const articles = loadBasil(benchmarksDir(dataIndex >= 0 ? argv[dataIndex + 1] : null));
  const started = performance.now();
  const result = measureQuoteDetection(articles);
  const elapsed = performance.now() - started;
  const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
  const row = (name: string, value: number, target: string, pass: boolean) => `${name.padEnd(18)} ${pct(value).padStart(8)}   target ${target.padEnd(7)} ${pass ? 'pass' : 'FAIL'}`;
  const log = (line = '') => process.stdout.write(`${line}\n`);
  log(`BASIL: ${articles.length} articles, ${result.quoteSpans} quote spans, ${result.nonQuoteSpans} other spans, ${result.speakerSpans} with a named speaker (${elapsed.toFixed(0)} ms)`);
  log(row('recall', result.recall, '≥ 98 %', result.recall >= TARGETS.recall));
  log(row('false inclusion', result.falseInclusion, '≤ 2 %', result.falseInclusion <= TARGETS.falseInclusion));
  log(row('speaker accuracy', result.speakerAccuracy, '≥ 85 %', result.speakerAccuracy >= TARGETS.speakerAccuracy));
  if (!argv.includes('--misses')) return;
  for (const kind of ['recall', 'false-inclusion', 'speaker'] as const) {
    const misses = result.misses.filter((miss) => miss.kind === kind);
    log(`\n${kind} misses (${misses.length}):`);
    for (const miss of misses) log(`  ${miss.article}  ${JSON.stringify(miss.span.slice(0, 100))}${miss.expected ? `  expected ${miss.expected}` : ''}${miss.kind === 'speaker' ? `  got ${JSON.stringify(miss.got)}` : ''}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
