import type { BodyBenchResult } from './body-bench';
import type { MetadataBenchResult } from './metadata-bench';
import type { SpeedBenchResult } from './speed-bench';

/**
 * The summary table: one row per number the issue sets a target for, plus a few
 * rows for information. Targets come from issue 3.
 */
export const TARGETS = {
  bodyF1: 0.97,
  metadataTitle: 0.93,
  metadataDate: 0.95,
  metadataAuthors: 0.9,
  metadataBodyF1: 0.93,
  speedRatio: 6,
} as const;

export type Status = 'pass' | 'FAIL' | 'info' | 'n/a';

export interface SummaryRow {
  metric: string;
  candidate: number | null;
  baseline: number | null;
  /** What the baseline column is. */
  baselineIs: string;
  target: string;
  status: Status;
  /** How the number is shown: a score (0.000) or a rate (pages/s). */
  unit: 'score' | 'pages/s' | 'ratio';
}

function check(value: number | null, threshold: number): Status {
  if (value === null) return 'n/a';
  return value >= threshold - 1e-12 ? 'pass' : 'FAIL';
}

export function summaryRows(body: BodyBenchResult | null, metadata: MetadataBenchResult | null, speed: SpeedBenchResult | null): SummaryRow[] {
  const rows: SummaryRow[] = [];
  if (body) {
    const c = body.candidate;
    const b = body.baseline;
    const stored = 'Readability.js 0.6.0 (jsdom), stored output';
    rows.push(
      { metric: `body F1 (${body.pages} pages)`, candidate: c?.f1 ?? null, baseline: b.f1, baselineIs: stored, target: `≥ ${TARGETS.bodyF1}`, status: check(c?.f1 ?? null, TARGETS.bodyF1), unit: 'score' },
      { metric: 'body precision', candidate: c?.precision ?? null, baseline: b.precision, baselineIs: stored, target: `≥ baseline ${b.precision.toFixed(3)}`, status: check(c?.precision ?? null, b.precision), unit: 'score' },
      { metric: 'body recall', candidate: c?.recall ?? null, baseline: b.recall, baselineIs: stored, target: '', status: c ? 'info' : 'n/a', unit: 'score' },
    );
  }
  if (metadata) {
    const c = metadata.candidate?.scores ?? null;
    const r = metadata.reference.scores;
    const ref = 'Readability 0.6 metadata on linkedom';
    rows.push(
      { metric: `metadata title (${r.cases} cases)`, candidate: c?.title ?? null, baseline: r.title, baselineIs: ref, target: `≥ ${TARGETS.metadataTitle}`, status: check(c?.title ?? null, TARGETS.metadataTitle), unit: 'score' },
      { metric: 'metadata date (±60 s / same day)', candidate: c?.date ?? null, baseline: r.date, baselineIs: ref, target: `≥ ${TARGETS.metadataDate}`, status: check(c?.date ?? null, TARGETS.metadataDate), unit: 'score' },
      { metric: 'metadata date, same day only', candidate: c?.dateSameDay ?? null, baseline: r.dateSameDay, baselineIs: ref, target: '', status: c ? 'info' : 'n/a', unit: 'score' },
      { metric: `metadata authors F1 (${r.authorsScored} scored)`, candidate: c?.authors ?? null, baseline: r.authors, baselineIs: ref, target: `≥ ${TARGETS.metadataAuthors}`, status: check(c?.authors ?? null, TARGETS.metadataAuthors), unit: 'score' },
      { metric: 'metadata body F1', candidate: c?.body.f1 ?? null, baseline: r.body.f1, baselineIs: ref, target: `≥ ${TARGETS.metadataBodyF1}`, status: check(c?.body.f1 ?? null, TARGETS.metadataBodyF1), unit: 'score' },
      { metric: 'metadata body P', candidate: c?.body.precision ?? null, baseline: r.body.precision, baselineIs: ref, target: '', status: c ? 'info' : 'n/a', unit: 'score' },
      { metric: 'metadata body R', candidate: c?.body.recall ?? null, baseline: r.body.recall, baselineIs: ref, target: '', status: c ? 'info' : 'n/a', unit: 'score' },
      { metric: 'metadata body F1, paragraphs only', candidate: c?.bodyParagraphsOnly.f1 ?? null, baseline: r.bodyParagraphsOnly.f1, baselineIs: ref, target: '', status: c ? 'info' : 'n/a', unit: 'score' },
    );
  }
  if (speed) {
    const jsdom = speed.readabilityJsdom.pagesPerSecond;
    rows.push(
      { metric: `speed, pages/s (${speed.readabilityJsdom.pages} pages)`, candidate: speed.candidate?.pagesPerSecond ?? null, baseline: jsdom, baselineIs: 'Readability 0.6 on jsdom, same run', target: `≥ ${TARGETS.speedRatio}× baseline`, status: check(speed.ratio, TARGETS.speedRatio), unit: 'pages/s' },
      { metric: 'speed ratio candidate/baseline', candidate: speed.ratio, baseline: 1, baselineIs: 'Readability 0.6 on jsdom, same run', target: `≥ ${TARGETS.speedRatio}`, status: check(speed.ratio, TARGETS.speedRatio), unit: 'ratio' },
      { metric: 'speed, Readability on linkedom', candidate: speed.readabilityLinkedom.pagesPerSecond, baseline: jsdom, baselineIs: 'Readability 0.6 on jsdom, same run', target: '', status: 'info', unit: 'pages/s' },
    );
  }
  return rows;
}

export function formatValue(value: number | null, unit: SummaryRow['unit']): string | null {
  if (value === null) return null;
  if (unit === 'pages/s') return value.toFixed(1);
  if (unit === 'ratio') return `${value.toFixed(2)}×`;
  return value.toFixed(3);
}
