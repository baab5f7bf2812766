import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Paragraphs and headlines of real articles, by language, to recombine into a library. */
export interface Corpus {
  /** Language code → paragraphs written in it. */
  paragraphs: Map<string, string[]>;
  /** Language code → headlines. */
  titles: Map<string, string[]>;
}

/**
 * Reads every article text in `../shared/benchmarks/`: the extraction benchmark's
 * bodies, the Fundus cases' titles and paragraphs (26 countries, Korean, Japanese and
 * Chinese among them) and BASIL's articles. A paragraph's language is guessed from its
 * script (Hangul → ko, kana → ja, Han → zh), else from the case's country, else en.
 */
export function loadCorpus(root: string): Corpus {
  const corpus: Corpus = { paragraphs: new Map(), titles: new Map() };
  const add = (map: Map<string, string[]>, text: string, fallbackLang: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean.length < 20) return;
    const lang = scriptLanguage(clean) ?? fallbackLang;
    map.set(lang, [...(map.get(lang) ?? []), clean]);
  };
  const truth = JSON.parse(readFileSync(join(root, 'extraction/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  for (const { articleBody } of Object.values(truth)) for (const p of articleBody.split(/\n+/)) add(corpus.paragraphs, p, 'en');
  for (const country of readdirSync(join(root, 'metadata'))) {
    for (const file of readdirSync(join(root, 'metadata', country)).filter((name) => name.endsWith('.expected.json'))) {
      const expected = JSON.parse(readFileSync(join(root, 'metadata', country, file), 'utf8')) as FundusCase;
      const lang = COUNTRY_LANGUAGE[country] ?? 'en';
      if (expected.title) add(corpus.titles, expected.title, lang);
      for (const p of [...(expected.body?.summary ?? []), ...(expected.body?.sections ?? []).flatMap((s) => s.paragraphs ?? [])]) add(corpus.paragraphs, p, lang);
    }
  }
  for (const year of readdirSync(join(root, 'compare/basil/articles'))) {
    for (const file of readdirSync(join(root, 'compare/basil/articles', year))) {
      const article = JSON.parse(readFileSync(join(root, 'compare/basil/articles', year, file), 'utf8')) as BasilArticle;
      if (article.title) add(corpus.titles, article.title, 'en');
      for (const paragraph of article['body-paragraphs'] ?? []) add(corpus.paragraphs, paragraph.join(' '), 'en');
    }
  }
  const fixture = join(root, '../fixtures/joongang-red-necktie-2025-03-31.txt');
  try {
    for (const p of readFileSync(fixture, 'utf8').split(/\n+/)) add(corpus.paragraphs, p, 'en');
  } catch {
    // the fixture is a bonus
  }
  return corpus;
}

interface FundusCase {
  title?: string;
  body?: { summary?: string[]; sections?: Array<{ paragraphs?: string[] }> };
}

interface BasilArticle {
  title?: string;
  'body-paragraphs'?: string[][];
}

const COUNTRY_LANGUAGE: Record<string, string> = {
  at: 'de', de: 'de', ch: 'de', li: 'de', es: 'es', py: 'es', gl: 'gl', fr: 'fr', be: 'fr', it: 'it', jp: 'ja', kr: 'ko',
  no: 'no', se: 'sv', ru: 'ru', tr: 'tr', tw: 'zh', il: 'he', isl: 'is', my: 'ms',
};

function scriptLanguage(text: string): string | null {
  if (/[\uac00-\ud7a3]/.test(text)) return 'ko';
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh';
  return null;
}
