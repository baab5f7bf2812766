import { readFile } from 'node:fs/promises';
import { ApiError } from '../../../shared/api/errors';
import { readPageFile } from '../../core/capture/read-page-file';
import { extractArticle } from '../../core/extract/extract-article';
import { UsageError } from '../usage-error';

/** The JSON line `dossier extract` prints per file; scripts outside the project rely on this shape. */
export interface ExtractLine {
  file: string;
  url: string | null;
  title: string | null;
  subtitle: string | null;
  authors: string[];
  outlet: string | null;
  section: string | null;
  published: string | null;
  modified: string | null;
  lang: string | null;
  dateline: string | null;
  credit: string | null;
  text: string;
  images: Array<{ src: string; caption: string | null; credit: string | null }>;
  wordCount: number;
}

/**
 * Extracts each file without storing anything, printing one JSON object per file in
 * order. A file that fails prints `{file, error: {code, message}}`; the others go on.
 * Resolves to false when any file failed.
 */
export async function extractCommand(files: string[], url: string | undefined, stdout: (line: string) => void): Promise<boolean> {
  if (files.length === 0) throw new UsageError('extract needs at least one FILE.');
  let allOk = true;
  for (const file of files) {
    try {
      stdout(JSON.stringify(await extractFile(file, url)));
    } catch (error) {
      allOk = false;
      const { code, message } = error instanceof ApiError ? error : new ApiError('internal', String((error as Error)?.message ?? error));
      stdout(JSON.stringify({ file, error: { code, message } }));
    }
  }
  return allOk;
}

async function extractFile(file: string, urlFlag: string | undefined): Promise<ExtractLine> {
  const bytes = await readFile(file).catch(() => {
    throw new ApiError('not_found', `There is no file at ${file}.`);
  });
  const page = readPageFile(file, bytes);
  const url = urlFlag ?? page.url;
  const article = extractArticle(page.html, url);
  if (!article) throw new ApiError('empty', `No article was found in ${file} (it may be a home page or an index).`);
  const { metadata } = article;
  return {
    file,
    url,
    title: metadata.title,
    subtitle: metadata.subtitle,
    authors: metadata.authors,
    outlet: metadata.outlet,
    section: metadata.section,
    published: metadata.published,
    modified: metadata.modified,
    lang: metadata.lang,
    dateline: metadata.dateline,
    credit: metadata.credit,
    text: article.bodyText,
    images: article.images.map(({ src, caption, credit }) => ({ src, caption, credit })),
    wordCount: article.wordCount,
  };
}
