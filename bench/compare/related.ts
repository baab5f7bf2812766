/**
 * Related coverage (issue: "for any clipping, other clippings about the same story").
 *
 *   npx tsx bench/compare/related.ts                       # BASIL: recall@2, false same-story rate, timing
 *   npx tsx bench/compare/related.ts --library DIR [--queries 200]
 *                                                          # time related() on a kept library (e.g. a copy of
 *                                                          # /tmp/benchlib-100k: the migration and backfill write to it)
 *
 * BASIL: 53 events × 3 outlets; every article's two siblings (same `triplet-uuid`) must be
 * in its top 2 (target ≥ 98 %), and of the pairs of articles of different events at most
 * 1 % may be labelled `same story`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EMPTY_METADATA } from '../../shared/domain/article-metadata';
import { canonicalText } from '../../shared/document/canonical-text';
import type { DocNode } from '../../shared/document/document-types';
import type { RelatedClipping } from '../../shared/domain/related';
import { openLibrary } from '../../electron/core/library';
import { RelatedRepo } from '../../electron/core/related/related-coverage';
import { backfillRelated } from '../../electron/core/related/related-index';
import { loadBasil } from '../annotate/basil';

export interface RelatedMeasure {
  articles: number;
  /** Share of articles whose two siblings are both in their top 2. */
  recallAt2: number;
  /** Share of ordered cross-event pairs (a, b) where b is listed for a as `same story`. */
  falseSameStoryRate: number;
  crossEventPairs: number;
  falseSameStoryPairs: number;
  /** Share of sibling pairs labelled same story or near-copy. */
  siblingsLabelledSame: number;
  misses: Array<{ key: string; top: Array<{ key: string; score: number; label: string }> }>;
  timing: TimingSummary;
}

export interface TimingSummary {
  queries: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/** Imports the BASIL articles into a fresh library and scores related coverage on them. */
export function measureRelated(benchmarksDir: string): RelatedMeasure {
  const articles = loadBasil(benchmarksDir);
  const dates = basilDates(benchmarksDir);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-related-'));
  const lib = openLibrary({ dataDir: dir, mode: 'cli', capture: 'in-process', downloadImages: false });
  try {
    const keyOf = new Map<number, string>();
    const idOf = new Map<string, number>();
    for (const article of articles) {
      const doc: DocNode = {
        type: 'doc',
        content: article.text.split('\n\n').map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
      };
      const text = canonicalText(doc);
      const published = dates.get(article.key) ?? null;
      const summary = lib.clippings.insert(
        {
          title: article.title,
          format: 'text',
          doc,
          text,
          metadata: { ...EMPTY_METADATA, published },
          snapshot: { contentType: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode(text) },
        },
        { origin: 'paste' },
      );
      keyOf.set(summary.id, article.key);
      idOf.set(article.key, summary.id);
    }
    const repo = new RelatedRepo(lib.db);
    const event = (key: string) => key.replace(/_\d+$/, '');
    const times: number[] = [];
    let hits = 0;
    let falsePairs = 0;
    let siblingPairs = 0;
    let siblingsSame = 0;
    const misses: RelatedMeasure['misses'] = [];
    for (const article of articles) {
      const id = idOf.get(article.key)!;
      const started = performance.now();
      const related: RelatedClipping[] = repo.related(id, 100);
      times.push(performance.now() - started);
      const siblings = articles.filter((other) => other.key !== article.key && event(other.key) === event(article.key)).map((other) => other.key);
      const top2 = new Set(related.slice(0, 2).map((item) => keyOf.get(item.id)));
      if (siblings.every((key) => top2.has(key))) hits++;
      else misses.push({ key: article.key, top: related.slice(0, 4).map((item) => ({ key: keyOf.get(item.id)!, score: item.score, label: item.label })) });
      for (const item of related) {
        const key = keyOf.get(item.id)!;
        const same = item.label === 'same story' || item.label === 'near-copy';
        if (event(key) !== event(article.key) && item.label === 'same story') falsePairs++;
        if (event(key) === event(article.key) && same) siblingsSame++;
      }
      siblingPairs += siblings.length;
    }
    const events = new Map<string, number>();
    for (const article of articles) events.set(event(article.key), (events.get(event(article.key)) ?? 0) + 1);
    const samePairs = [...events.values()].reduce((sum, n) => sum + n * (n - 1), 0);
    const crossEventPairs = articles.length * (articles.length - 1) - samePairs;
    return {
      articles: articles.length,
      recallAt2: hits / articles.length,
      falseSameStoryRate: falsePairs / crossEventPairs,
      crossEventPairs,
      falseSameStoryPairs: falsePairs,
      siblingsLabelledSame: siblingsSame / siblingPairs,
      misses,
      timing: summarise(times),
    };
  } finally {
    lib.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Times related() on an existing library (its listed clippings, chosen evenly). Opening
 * applies the migration and the first use backfills document frequencies: both write,
 * so point it at a copy of a shared library. The backfill is timed on its own.
 */
export function timeRelatedOnLibrary(dataDir: string, queries = 200): { backfillMs: number; timing: TimingSummary; sample: RelatedClipping[] } {
  const lib = openLibrary({ dataDir, mode: 'cli', capture: 'in-process', downloadImages: false });
  try {
    const repo = new RelatedRepo(lib.db);
    const backfillStarted = performance.now();
    backfillRelated(lib.db);
    const backfillMs = performance.now() - backfillStarted;
    const ids = lib.db.prepare('SELECT id FROM clippings WHERE listed = 1 ORDER BY id').pluck().all() as number[];
    const step = Math.max(1, Math.floor(ids.length / queries));
    const times: number[] = [];
    let sample: RelatedClipping[] = [];
    for (let i = 0; i < ids.length && times.length < queries; i += step) {
      const started = performance.now();
      const related = repo.related(ids[i]!, 10);
      times.push(performance.now() - started);
      if (times.length === 1) sample = related;
    }
    return { backfillMs, timing: summarise(times), sample };
  } finally {
    lib.close();
  }
}

function basilDates(benchmarksDir: string): Map<string, string> {
  const root = join(benchmarksDir, 'compare', 'basil', 'articles');
  const dates = new Map<string, string>();
  for (const year of readdirSync(root)) {
    for (const file of readdirSync(join(root, year))) {
      if (!file.endsWith('.json')) continue;
      const raw = JSON.parse(readFileSync(join(root, year, file), 'utf8')) as { date?: string };
      if (raw.date) dates.set(file.slice(0, -'.json'.length), raw.date);
    }
  }
  return dates;
}

function summarise(times: number[]): TimingSummary {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    queries: times.length,
    meanMs: round(times.reduce((sum, t) => sum + t, 0) / Math.max(1, times.length)),
    p50Ms: round(at(0.5)),
    p95Ms: round(at(0.95)),
    maxMs: round(sorted[sorted.length - 1] ?? 0),
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const library = option('--library');
  if (library) {
    const result = timeRelatedOnLibrary(resolve(library), Number(option('--queries') ?? 200));
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const benchmarks = resolve(option('--data') ?? process.env.DOSSIER_BENCHMARKS ?? '../shared/benchmarks');
  const result = measureRelated(benchmarks);
  console.log(JSON.stringify({ ...result, misses: result.misses.slice(0, 10) }, null, 2));
  console.log(
    `recall@2 ${(result.recallAt2 * 100).toFixed(1)} % (target ≥ 98)  false same story ${(result.falseSameStoryRate * 100).toFixed(2)} % (target ≤ 1)  p95 ${result.timing.p95Ms} ms`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) main();
