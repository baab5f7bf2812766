import type { SourceFormat } from '../../../shared/domain/clipping';
import { MAX_CLIPPING_BYTES } from '../../../shared/domain/limits';
import type { DocNode } from '../../../shared/document/document-types';
import { canonicalText } from '../../../shared/document/canonical-text';
import { isWebUrl } from '../../../shared/document/safe-url';
import { assertValidDocument } from './capture-schema';
import { fileSource, pasteSource, type CaptureSource } from './capture-source';
import { decodeText } from './decode-text';
import { clampTitle, firstLineOf, normalizeTitle, UNTITLED } from './document-title';
import { formatFromFileName } from './format-from-file-name';
import { gunzipInput } from './gzip-input';
import { htmlToDocument } from './html-to-document';
import { withFigureCredits } from './figure-credits';
import { withLeadFigure } from './lead-figure';
import { linkShare } from './link-share';

/** Above this share of linked text, a page without an article is an index. */
const MAX_LINK_SHARE = 0.5;
import { assertNotBlank, assertWithinSizeLimit, noReadableText } from './input-limits';
import { markdownToDocument, titleFromMarkdown } from './markdown-to-document';
import type { BridgeInput, FetchedInput, FileInput, PasteInput, PreparedClipping } from './prepared-clipping';
import { decodeFetchedHtml, urlSource } from '../fetch/decode-fetched';
import { ApiError } from '../../../shared/api/errors';
import { readPageFile } from './read-page-file';
import { assertTextContent } from './sniff-content';
import { textToDocument } from './text-to-document';
import { titleFromHtml, type TitledDocument } from './title-from-html';

const MEDIA_TYPES: Record<SourceFormat, string> = {
  html: 'text/html',
  text: 'text/plain',
  markdown: 'text/markdown',
};

/** Pasted content: measured, converted and checked; the snapshot is its UTF-8. */
export async function prepareFromPaste(input: PasteInput): Promise<PreparedClipping> {
  const source = pasteSource();
  assertWithinSizeLimit(Buffer.byteLength(input.content, 'utf8'), source);
  assertNotBlank(input.content, source);
  const bytes = new TextEncoder().encode(input.content);
  return prepare(input.format, input.content, input, source, { contentType: contentType(input.format, 'utf-8'), bytes });
}

/**
 * A file: size first, then what the bytes are (a renamed image is named as one),
 * then the extension, then the character set; the snapshot is the bytes as received.
 */
export async function prepareFromFile(input: FileInput): Promise<PreparedClipping> {
  const source = fileSource(input.fileName);
  assertWithinSizeLimit(input.bytes.byteLength, source);
  if (input.bytes.byteLength === 0) assertNotBlank('', source);
  const { fileName, bytes } = gunzipInput(input.fileName, input.bytes, MAX_CLIPPING_BYTES);
  assertTextContent(bytes);
  const format = formatFromFileName(fileName);
  const snapshot = { contentType: '', bytes };
  if (format === 'html') {
    const page = readPageFile(fileName, bytes);
    snapshot.contentType = /\.mht(ml)?$/i.test(fileName) ? 'multipart/related' : contentType('html', page.charset);
    const url = input.url ?? page.url ?? undefined;
    const prepared = (await prepareArticle(page.html, { ...input, url }, snapshot)) ?? (await prepare('html', page.html, { ...input, url }, source, snapshot));
    return page.archived.length > 0 ? { ...prepared, archived: page.archived } : prepared;
  }
  const { text, charset } = decodeText(bytes, format, source);
  assertNotBlank(text, source);
  snapshot.contentType = contentType(format, charset);
  return prepare(format, text, input, source, snapshot);
}

/**
 * A page fetched by URL: decoded as a browser would, reduced to its article. A page
 * with no article (a home page, an index) is refused with a message that says what
 * to do instead, rather than filling the library with navigation.
 */
export async function prepareFromFetched(input: FetchedInput): Promise<PreparedClipping> {
  const source = urlSource(input.finalUrl);
  assertWithinSizeLimit(input.bytes.byteLength, source);
  if (input.bytes.byteLength === 0) assertNotBlank('', source);
  const { text, charset } = decodeFetchedHtml(input.bytes, input.charsetFromHeader, source);
  const snapshot = { contentType: `${input.contentType ?? 'text/html'}; charset=${charset}`, bytes: input.bytes };
  if (input.contentType === 'text/plain') {
    assertNotBlank(text, source);
    return prepare('text', text, { title: input.title, url: input.finalUrl }, source, snapshot);
  }
  const article = await prepareArticle(text, { title: input.title, url: input.finalUrl }, snapshot);
  if (article) return article;
  // Too short for article extraction is not the same as no article: a brief notice
  // is kept whole. A page that is mostly links is an index, and is refused.
  const whole = await prepare('html', text, { title: input.title, url: input.finalUrl }, source, snapshot);
  if (linkShare(whole.doc) < MAX_LINK_SHARE) return whole;
  throw new ApiError(
    'empty',
    `No article was found at ${source.object.replace(/^the page at /, '')}: it looks like a home page or an index. Open the article itself, or clip the page with the browser bridge.`,
  );
}

/**
 * A page sent by the browser bridge as the user sees it (the rendered DOM). When the
 * user had selected part of it, the selection is the clipping; otherwise the article
 * is extracted, and a page without one is kept whole (the user chose to clip it).
 */
export async function prepareFromBridge(input: BridgeInput): Promise<PreparedClipping> {
  const source = urlSource(input.url);
  const html = input.selectionHtml?.trim() ? input.selectionHtml : input.html;
  assertWithinSizeLimit(Buffer.byteLength(html, 'utf8'), source);
  assertNotBlank(html, source);
  const snapshot = { contentType: 'text/html; charset=utf-8', bytes: new TextEncoder().encode(input.html) };
  if (html === input.html) {
    // The tab's title ("Headline | Site", or whatever a script set) is only a fallback:
    // the headline shown on the page wins.
    const article = await prepareArticle(html, { url: input.url }, snapshot);
    if (article) return article;
    const whole = await prepare('html', html, { url: input.url }, source, snapshot);
    return whole.title === UNTITLED && input.title ? { ...whole, title: clampTitle(normalizeTitle(input.title) || UNTITLED) } : whole;
  }
  // A selection is a quote from the page: the tab's title names where it came from.
  return prepare('html', html, { title: input.title, url: input.url }, source, snapshot);
}

/**
 * A saved or fetched web page reduced to its article, with the page's metadata.
 * Null when no article is found, so the caller can decide what to do instead.
 */
export async function prepareArticle(
  html: string,
  input: { title?: string; url?: string },
  snapshot: PreparedClipping['snapshot'],
): Promise<PreparedClipping | null> {
  const { extractArticle } = await import('../extract/extract-article');
  const article = extractArticle(html, isWebUrl(input.url) ? input.url : null);
  if (!article) return null;
  const doc = withFigureCredits(withLeadFigure(article.doc, article.metadata.leadImage));
  assertValidDocument(doc);
  const title = clampTitle(normalizeTitle(input.title) || normalizeTitle(article.metadata.title) || firstLineOf(article.doc) || UNTITLED);
  return { title, format: 'html', doc, text: canonicalText(doc), metadata: { ...article.metadata, title }, snapshot };
}

async function prepare(
  format: SourceFormat,
  content: string,
  input: { title?: string; url?: string },
  source: CaptureSource,
  snapshot: PreparedClipping['snapshot'],
): Promise<PreparedClipping> {
  const explicitTitle = normalizeTitle(input.title);
  const sourceUrl = isWebUrl(input.url) ? input.url : null;
  const converted = await convert(format, content, sourceUrl, source, explicitTitle === '');
  const text = canonicalText(converted.doc);
  if (text.trim() === '') throw noReadableText(source);
  const title = clampTitle(explicitTitle || converted.title);
  assertValidDocument(converted.doc);
  return { title, format, doc: converted.doc, text, snapshot };
}

/** The document and, when `deriveTitle`, a title taken from it (and out of its body). */
async function convert(
  format: SourceFormat,
  content: string,
  sourceUrl: string | null,
  source: CaptureSource,
  deriveTitle: boolean,
): Promise<TitledDocument> {
  switch (format) {
    case 'html': {
      const converted = await htmlToDocument(content, sourceUrl);
      const { meta } = converted;
      const doc = withFigureCredits(converted.doc);
      return deriveTitle && hasText(doc) ? titleFromHtml(doc, meta) : { title: UNTITLED, doc };
    }
    case 'markdown': {
      const doc = await markdownToDocument(content, sourceUrl);
      return deriveTitle && hasText(doc) ? titleFromMarkdown(doc, source.fileStem) : { title: UNTITLED, doc };
    }
    case 'text': {
      const { doc, title } = textToDocument(content, { takeTitle: deriveTitle });
      return { title: title ?? (normalizeTitle(source.fileStem) || UNTITLED), doc };
    }
  }
}

function hasText(doc: DocNode): boolean {
  return canonicalText(doc).trim() !== '';
}

function contentType(format: SourceFormat, charset: string): string {
  return `${MEDIA_TYPES[format]}; charset=${charset}`;
}
