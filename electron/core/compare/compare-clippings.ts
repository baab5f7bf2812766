import type { CompareResult, CompareSource } from '../../../shared/compare/types';
import { dominantScript } from '../../../shared/compare/script';
import type { Clipping, ClippingSummary } from '../../../shared/domain/clipping';
import type { Comparison } from '../../../shared/domain/comparison';
import type { ClippingsRepo } from '../clippings/clippings-repo';

/** Where the alignment runs: the worker pool in the app, in-process for tests and the CLI. */
export type CompareRunner = (sources: CompareSource[]) => Promise<CompareResult>;

/**
 * The Compare view's data: the clippings' texts aligned off the main thread, with what
 * an analyst should know before reading the rows (which source came first, whether these
 * are captures of one article, and why a comparison may show little).
 */
export async function compareClippings(clippings: ClippingsRepo, run: CompareRunner, ids: number[]): Promise<Comparison> {
  const loaded = ids.map((id) => clippings.get(id));
  const result = await run(loaded.map(({ id, text }) => ({ id, text })));
  const sources = loaded.map(summaryOf);
  return {
    sources,
    result,
    earliestId: earliestOf(sources),
    versions: new Set(loaded.map((c) => c.articleId)).size === 1,
    notices: noticesFor(loaded, result),
  };
}

function summaryOf(clipping: Clipping): ClippingSummary {
  const { doc: _doc, text: _text, capture: _capture, ...summary } = clipping;
  return summary;
}

/** Publication time where every source has one, else capture time; ties mean nobody was first. */
function earliestOf(sources: ClippingSummary[]): number | null {
  const byPublished = sources.every((s) => s.meta.published);
  const times = sources.map((s) => Date.parse(byPublished ? s.meta.published! : s.createdAt));
  if (times.some(Number.isNaN)) return null;
  const first = Math.min(...times);
  const firsts = sources.filter((_, i) => times[i] === first);
  return firsts.length === 1 ? firsts[0]!.id : null;
}

function noticesFor(clippings: Clipping[], result: CompareResult): string[] {
  const notices: string[] = [];
  const label = (c: Clipping) => `“${c.title}”`;
  for (const clipping of clippings) {
    if (clipping.text.trim() === '') notices.push(`${label(clipping)} has no text to compare.`);
  }
  const scripts = new Set(clippings.filter((c) => c.text.trim()).map((c) => dominantScript(c.text)));
  const languages = new Set(clippings.map((c) => c.meta.lang?.split('-')[0]?.toLowerCase()).filter(Boolean));
  if (scripts.size > 1 || languages.size > 1) {
    notices.push('These clippings are in different languages: passages line up only where they share names, numbers and quotations, so read the columns as separate accounts.');
  }
  const aligned = result.rows.some((row) => row.cells.filter(Boolean).length > 1);
  if (!aligned && notices.length === 0) notices.push('These clippings share no passage: they may not be about the same story.');
  return notices;
}
