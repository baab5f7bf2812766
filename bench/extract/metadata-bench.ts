import { type Candidate, type CandidateOutput, type Extractor, safeExtract } from './candidates';
import type { MetadataCase } from './datasets';
import { authorsF1, expectedBodyText, sameDate, sameDayValue, titleMatches } from './metadata-scoring';
import { aggregate, type AggregateScore, type PageScore, scorePage } from './shingle-metric';

/**
 * Metadata benchmark: title, published date, authors and body on the Fundus cases,
 * each page fetched "from" its expected `url`. Run once for the candidate and once
 * for the reference (Readability's own metadata on linkedom).
 */
export interface MetadataCaseResult {
  id: string;
  url: string;
  title: { expected: string | null; actual: string | null; ok: boolean };
  published: { expected: string | null; actual: string | null; ok: boolean; sameDay: boolean };
  /** null: no expected authors, page not scored. */
  authors: { expected: string[]; actual: string[]; f1: number | null };
  body: PageScore;
  /** Body against the paragraphs alone (no summary, no section headlines): for information. */
  bodyParagraphsOnly: PageScore;
  error: string | null;
}

export interface MetadataScores {
  cases: number;
  title: number;
  date: number;
  /** Same calendar day, whatever the time: for information. */
  dateSameDay: number;
  authors: number;
  authorsScored: number;
  body: AggregateScore;
  bodyParagraphsOnly: AggregateScore;
  errors: number;
}

export interface MetadataRun {
  extractor: string;
  scores: MetadataScores;
  perCase: MetadataCaseResult[];
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function scoreCase(kase: MetadataCase, output: CandidateOutput, error: string | null): MetadataCaseResult {
  const expected = kase.expected;
  return {
    id: kase.id,
    url: kase.url,
    title: { expected: expected.title ?? null, actual: output.title, ok: titleMatches(expected.title, output.title) },
    published: {
      expected: expected.publishing_date ?? null,
      actual: output.published,
      ok: sameDate(expected.publishing_date, output.published),
      sameDay: sameDayValue(expected.publishing_date, output.published),
    },
    authors: { expected: expected.authors ?? [], actual: output.authors, f1: authorsF1(expected.authors, output.authors) },
    body: scorePage(expectedBodyText(expected.body), output.text),
    bodyParagraphsOnly: scorePage(expectedBodyText(expected.body, true), output.text),
    error,
  };
}

export function summarize(perCase: readonly MetadataCaseResult[]): MetadataScores {
  const authorScores = perCase.map((c) => c.authors.f1).filter((f1): f1 is number => f1 !== null);
  return {
    cases: perCase.length,
    title: mean(perCase.map((c) => (c.title.ok ? 1 : 0))),
    date: mean(perCase.map((c) => (c.published.ok ? 1 : 0))),
    dateSameDay: mean(perCase.map((c) => (c.published.sameDay ? 1 : 0))),
    authors: mean(authorScores),
    authorsScored: authorScores.length,
    body: aggregate(perCase.map((c) => c.body)),
    bodyParagraphsOnly: aggregate(perCase.map((c) => c.bodyParagraphsOnly)),
    errors: perCase.filter((c) => c.error !== null).length,
  };
}

export async function runMetadata(cases: readonly MetadataCase[], name: string, extract: Extractor): Promise<MetadataRun> {
  const perCase: MetadataCaseResult[] = [];
  for (const kase of cases) {
    const { output, error } = await safeExtract(extract, kase.html, kase.url);
    perCase.push(scoreCase(kase, output, error));
  }
  return { extractor: name, scores: summarize(perCase), perCase };
}

export interface MetadataBenchResult {
  candidate: MetadataRun | null;
  reference: MetadataRun;
}

export async function runMetadataBench(cases: readonly MetadataCase[], candidate: Candidate | null, reference: Extractor): Promise<MetadataBenchResult> {
  const referenceRun = await runMetadata(cases, 'readability-linkedom', reference);
  const candidateRun = candidate ? await runMetadata(cases, candidate.name, candidate.extract) : null;
  return { candidate: candidateRun, reference: referenceRun };
}
