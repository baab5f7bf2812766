import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A span the BASIL annotators marked, placed in the article's built text. */
export interface BasilSpan {
  /** `pK` in the data: K indexes the flattened list of sentences. */
  id: string;
  start: number;
  end: number;
  text: string;
  quote: boolean;
  /** `Michael_Steele`, `House_Democrats`, `other_pro`, … (empty when none). */
  speaker: string;
}

export interface BasilArticle {
  /** `<triplet-uuid>_<n>`. */
  key: string;
  source: string;
  title: string;
  /** Paragraphs separated by a blank line, sentences by a space (as the issue says). */
  text: string;
  /** Where each paragraph starts and ends in `text`. */
  paragraphs: Array<{ start: number; end: number }>;
  spans: BasilSpan[];
  /** Spans whose text did not match the built text at their offsets (left out of `spans`). */
  mismatched: number;
}

interface RawArticle {
  source: string;
  title: string;
  'body-paragraphs': string[][];
}

interface RawAnnotation {
  id: string;
  start: number;
  end: number;
  txt: string;
  quote?: string;
  speaker?: string;
}

/** Every BASIL article that has an annotation file, with its spans placed in its text. */
export function loadBasil(benchmarksDir: string): BasilArticle[] {
  const root = join(benchmarksDir, 'compare', 'basil');
  if (!existsSync(root)) throw new Error(`BASIL data not found in ${root}`);
  const articles: BasilArticle[] = [];
  for (const year of readdirSync(join(root, 'articles')).sort()) {
    for (const file of readdirSync(join(root, 'articles', year)).sort()) {
      if (!file.endsWith('.json')) continue;
      const key = file.slice(0, -'.json'.length);
      const annotationsPath = join(root, 'annotations', year, `${key}_ann.json`);
      if (!existsSync(annotationsPath)) continue;
      const raw = JSON.parse(readFileSync(join(root, 'articles', year, file), 'utf8')) as RawArticle;
      const annotations = (JSON.parse(readFileSync(annotationsPath, 'utf8')) as { 'phrase-level-annotations': RawAnnotation[] })['phrase-level-annotations'];
      articles.push(buildArticle(key, raw, annotations));
    }
  }
  return articles;
}

function buildArticle(key: string, raw: RawArticle, annotations: RawAnnotation[]): BasilArticle {
  const sentenceStarts: number[] = [];
  const paragraphs: Array<{ start: number; end: number }> = [];
  let text = '';
  for (const paragraph of raw['body-paragraphs']) {
    if (paragraph.length === 0) continue;
    if (text) text += '\n\n';
    const start = text.length;
    paragraph.forEach((sentence, i) => {
      if (i > 0) text += ' ';
      sentenceStarts.push(text.length);
      text += sentence;
    });
    paragraphs.push({ start, end: text.length });
  }
  const spans: BasilSpan[] = [];
  let mismatched = 0;
  for (const annotation of annotations) {
    const match = /^p(\d+)$/.exec(annotation.id);
    if (!match) continue;
    const sentenceStart = sentenceStarts[Number(match[1])];
    if (sentenceStart === undefined) {
      mismatched++;
      continue;
    }
    const start = sentenceStart + annotation.start;
    const end = sentenceStart + annotation.end;
    if (text.slice(start, end) !== annotation.txt) {
      mismatched++;
      continue;
    }
    spans.push({ id: annotation.id, start, end, text: annotation.txt, quote: annotation.quote === 'yes', speaker: annotation.speaker ?? '' });
  }
  return { key, source: raw.source, title: raw.title, text, paragraphs, spans, mismatched };
}
