import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Loading the shared benchmarks (see /work/shared/benchmarks/README.md). The data
 * lives outside the repository, beside it: `../shared/benchmarks` from the project
 * root, or wherever DOSSIER_BENCHMARKS (or --data) points.
 */
export const DEFAULT_BENCHMARKS_DIR = resolve(import.meta.dirname, '../../../shared/benchmarks');

export function benchmarksDir(override?: string | null): string {
  return resolve(override ?? process.env.DOSSIER_BENCHMARKS ?? DEFAULT_BENCHMARKS_DIR);
}

/** Every page of both sets is UTF-8 (checked); a BOM is dropped. */
export function readGzipText(path: string): string {
  return new TextDecoder('utf-8').decode(gunzipSync(readFileSync(path)));
}

/** `limit` items spread evenly over the list (all of them when limit is null or ≥ length). */
export function spread<T>(items: readonly T[], limit: number | null): T[] {
  if (limit === null || limit >= items.length) return [...items];
  if (limit <= 0) return [];
  return Array.from({ length: limit }, (_v, i) => items[Math.floor((i * items.length) / limit)]!);
}

// ---- extraction/: article-extraction-benchmark ------------------------------------

export interface ExtractionPage {
  id: string;
  url: string;
  html: string;
  /** The hand-made body text. */
  truth: string;
  /** What Readability.js 0.6.0 on jsdom extracted (the stored baseline). */
  baseline: string;
}

export function loadExtractionPages(root: string, limit: number | null = null): ExtractionPage[] {
  const dir = join(root, 'extraction');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const baseline = JSON.parse(readFileSync(join(dir, 'readability_js-0.6.0-output.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  const ids = Object.keys(truth).sort();
  return spread(ids, limit).map((id) => ({
    id,
    url: truth[id]!.url ?? '',
    html: readGzipText(join(dir, 'html', `${id}.html.gz`)),
    truth: truth[id]!.articleBody ?? '',
    baseline: baseline[id]?.articleBody ?? '',
  }));
}

// ---- metadata/: Fundus parser test data -------------------------------------------

export interface ExpectedMetadata {
  url: string;
  title?: string | null;
  authors?: string[] | null;
  publishing_date?: string | null;
  body?: {
    summary?: string[];
    sections?: Array<{ headline?: string[]; paragraphs?: string[] }>;
  } | null;
  [key: string]: unknown;
}

export interface MetadataCase {
  /** `<country>/<Outlet>_<date>`. */
  id: string;
  url: string;
  html: string;
  expected: ExpectedMetadata;
}

export function listMetadataCaseIds(root: string): string[] {
  const dir = join(root, 'metadata');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((country) =>
      readdirSync(join(dir, country.name))
        .filter((name) => name.endsWith('.expected.json'))
        .map((name) => `${country.name}/${basename(name, '.expected.json')}`),
    )
    .sort();
}

export function loadMetadataCases(root: string, limit: number | null = null): MetadataCase[] {
  const dir = join(root, 'metadata');
  return spread(listMetadataCaseIds(root), limit).map((id) => {
    const expected = JSON.parse(readFileSync(join(dir, `${id}.expected.json`), 'utf8')) as ExpectedMetadata;
    return { id, url: expected.url, html: readGzipText(join(dir, `${id}.html.gz`)), expected };
  });
}
