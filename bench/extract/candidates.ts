import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHtml } from '../../electron/core/extract/parse-html';

/**
 * The extractors the benchmark can run. Each is a function
 * `(html, url) => Promise<CandidateOutput>`: the whole pipeline from a page's HTML to
 * what is scored (and, for speed, timed).
 */
export interface CandidateOutput {
  title: string | null;
  authors: string[];
  /** ISO 8601 as the extractor gives it (date alone, or date-time with or without offset). */
  published: string | null;
  /** The article body's plain text. */
  text: string;
}

export type Extractor = (html: string, url: string | null) => Promise<CandidateOutput>;

export interface Candidate {
  name: CandidateName;
  describe: string;
  extract: Extractor;
}

export const CANDIDATE_NAMES = ['extract-article', 'readability-linkedom', 'readability-jsdom'] as const;
export type CandidateName = (typeof CANDIDATE_NAMES)[number];

export function isCandidateName(value: string): value is CandidateName {
  return (CANDIDATE_NAMES as readonly string[]).includes(value);
}

// ---- Readability (the reference) ----------------------------------------------------

type ReadabilityArticle = NonNullable<ReturnType<Readability['parse']>>;

/**
 * Readability's byline as a list of people, for the reference row: a leading "By"
 * dropped, split on commas, semicolons, "&" and the word "and". (Readability itself
 * gives one string; this is the least we can do to compare it with a list.)
 */
export function splitByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:[,;&]|\band\b)\s*/i)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => name !== '');
}

function fromReadability(article: ReadabilityArticle | null): CandidateOutput {
  return {
    title: article?.title ?? null,
    authors: splitByline(article?.byline),
    published: article?.publishedTime ?? null,
    // `textContent`, exactly what the stored baseline of the extraction benchmark holds.
    text: article?.textContent ?? '',
  };
}

/** Readability 0.6 on linkedom, through the project's own parser. */
export const readabilityLinkedom: Extractor = async (html) => {
  const document = parseHtml(html);
  return fromReadability(new Readability(document).parse());
};

/**
 * Readability 0.6 on jsdom: the published baseline's setup (new JSDOM(html, {url}),
 * then new Readability(document).parse()). A VirtualConsole with no listeners keeps
 * jsdom's "Could not parse CSS stylesheet" noise off the terminal.
 */
export const readabilityJsdom: Extractor = async (html, url) => {
  const dom = new JSDOM(html, { url: url ?? undefined, virtualConsole: new VirtualConsole() });
  try {
    return fromReadability(new Readability(dom.window.document).parse());
  } finally {
    dom.window.close();
  }
};

// ---- Dossier's extractor ------------------------------------------------------------

export const EXTRACT_ARTICLE_PATH = resolve(import.meta.dirname, '../../electron/core/extract/extract-article.ts');

/** The shape of `extractArticle`'s result that the benchmark reads (the rest is ignored). */
interface ExtractedArticleLike {
  metadata: { title: string | null; authors: string[]; published: string | null };
  /** The article's running text (figure captions excluded): what the benchmark's truth holds. */
  bodyText: string;
}

/** Sync or async; null when the page holds no article. */
type ExtractArticle = (html: string, url: string | null) => ExtractedArticleLike | null | Promise<ExtractedArticleLike | null>;

export type Loaded = { ok: true; candidate: Candidate } | { ok: false; reason: string };

/**
 * Imports `electron/core/extract/extract-article.ts` at run time (it is being written
 * while this harness is), so that the benchmark runs — baselines only — without it.
 */
export async function loadExtractArticle(path: string = EXTRACT_ARTICLE_PATH): Promise<Loaded> {
  if (!existsSync(path)) return { ok: false, reason: `${path} does not exist yet` };
  let extractArticle: unknown;
  try {
    const specifier = pathToFileURL(path).href;
    extractArticle = ((await import(specifier)) as { extractArticle?: unknown }).extractArticle;
  } catch (error) {
    return { ok: false, reason: `importing ${path} failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof extractArticle !== 'function') return { ok: false, reason: `${path} does not export a function extractArticle` };
  const run = extractArticle as ExtractArticle;
  return {
    ok: true,
    candidate: {
      name: 'extract-article',
      describe: 'extractArticle (electron/core/extract/extract-article.ts)',
      extract: async (html, url) => {
        const article = await run(html, url);
        // No article found: nothing to score (metadata included, as the app would get none).
        if (!article) return { title: null, authors: [], published: null, text: '' };
        return {
          title: article.metadata?.title ?? null,
          authors: article.metadata?.authors ?? [],
          published: article.metadata?.published ?? null,
          text: article.bodyText,
        };
      },
    },
  };
}

export async function loadCandidate(name: CandidateName): Promise<Loaded> {
  switch (name) {
    case 'extract-article':
      return loadExtractArticle();
    case 'readability-linkedom':
      return { ok: true, candidate: { name, describe: 'Readability 0.6 on linkedom (parseHtml)', extract: readabilityLinkedom } };
    case 'readability-jsdom':
      return { ok: true, candidate: { name, describe: 'Readability 0.6 on jsdom', extract: readabilityJsdom } };
  }
}

/** Runs an extractor on one page; a throw becomes an empty output plus the error text. */
export async function safeExtract(extract: Extractor, html: string, url: string | null): Promise<{ output: CandidateOutput; error: string | null }> {
  try {
    return { output: await extract(html, url), error: null };
  } catch (error) {
    return {
      output: { title: null, authors: [], published: null, text: '' },
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}
