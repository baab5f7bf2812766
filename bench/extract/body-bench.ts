import { type Candidate, safeExtract } from './candidates';
import type { ExtractionPage } from './datasets';
import { aggregate, type AggregateScore, type PageScore, scorePage } from './shingle-metric';

/**
 * Body benchmark: the candidate's `text` on the article-extraction-benchmark pages,
 * scored with the benchmark's shingle metric, beside the stored Readability.js 0.6.0
 * (jsdom) output scored on the same pages.
 */
export interface BodyPageResult {
  id: string;
  url: string;
  candidate: PageScore | null;
  baseline: PageScore;
  truthChars: number;
  candidateChars: number | null;
  error: string | null;
}

export interface BodyBenchResult {
  pages: number;
  candidate: AggregateScore | null;
  baseline: AggregateScore;
  errors: number;
  perPage: BodyPageResult[];
}

export async function runBodyBench(pages: readonly ExtractionPage[], candidate: Candidate | null): Promise<BodyBenchResult> {
  const perPage: BodyPageResult[] = [];
  for (const page of pages) {
    const baseline = scorePage(page.truth, page.baseline);
    if (!candidate) {
      perPage.push({ id: page.id, url: page.url, candidate: null, baseline, truthChars: page.truth.length, candidateChars: null, error: null });
      continue;
    }
    const { output, error } = await safeExtract(candidate.extract, page.html, page.url);
    perPage.push({
      id: page.id,
      url: page.url,
      candidate: scorePage(page.truth, output.text),
      baseline,
      truthChars: page.truth.length,
      candidateChars: output.text.length,
      error,
    });
  }
  return {
    pages: pages.length,
    candidate: candidate ? aggregate(perPage.map((p) => p.candidate!)) : null,
    baseline: aggregate(perPage.map((p) => p.baseline)),
    errors: perPage.filter((p) => p.error !== null).length,
    perPage,
  };
}

/** The `n` pages with the lowest F1 (the candidate's, or the baseline's when there is none). */
export function worstPages(result: BodyBenchResult, n = 10): BodyPageResult[] {
  const f1 = (p: BodyPageResult) => (p.candidate ?? p.baseline).f1;
  return [...result.perPage].sort((a, b) => f1(a) - f1(b) || a.id.localeCompare(b.id)).slice(0, n);
}
