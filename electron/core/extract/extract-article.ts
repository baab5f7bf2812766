import { BLOCK_SEPARATOR, canonicalText, textBlocks } from '../../../shared/document/canonical-text';
import { elementToDocument } from '../capture/element-to-document';
import { normalizeTitle, withoutTitleHeading } from '../capture/document-title';
import { articleImages } from './article-images';
import { extractBody } from './body/extract-body';
import type { ExtractedArticle } from './extracted-article';
import { datelineAndCredit } from './metadata/dateline-and-credit';
import { extractMetadata } from './metadata/extract-metadata';
import { PageElements } from './page-elements';
import { parseHtml } from './parse-html';
import { countWordsQuickly } from './word-count';

/**
 * A news page → its article. Metadata is read first, from the untouched page;
 * then the body is found (which may reshape the DOM) and converted into the
 * clipping schema. Null when the page holds no article (a home page, an index).
 */
export function extractArticle(html: string, url: string | null): ExtractedArticle | null {
  const document = parseHtml(html);
  const page = new PageElements(document);
  const metadata = extractMetadata(document, url, page);
  // Addresses resolve against the page's own URL, never a <base> the page declares.
  for (const base of page.under(document)) if (base.localName === 'base') base.remove();
  const body = extractBody(document, url, { page });
  if (!body) return null;
  let doc = elementToDocument(body.root, url);
  const title = normalizeTitle(metadata.title);
  if (title) doc = withoutTitleHeading(doc, title);
  const text = canonicalText(doc);
  if (text.trim() === '') return null;
  const bodyText = textBlocks(doc)
    .filter((block) => block.type !== 'figure')
    .map((block) => block.text)
    .join(BLOCK_SEPARATOR);
  const firstParagraph = body.firstParagraph ?? bodyText.split(BLOCK_SEPARATOR, 1)[0] ?? '';
  const { dateline, credit } = datelineAndCredit(firstParagraph);
  return {
    metadata: {
      ...metadata,
      // A description that merely repeats the lead paragraph is not a dek.
      subtitle: repeatsLead(metadata.subtitle, firstParagraph) ? null : metadata.subtitle,
      dateline: metadata.dateline ?? dateline,
      credit: metadata.credit ?? credit,
    },
    doc,
    text,
    bodyText,
    images: articleImages(doc, metadata.leadImage),
    wordCount: countWordsQuickly(bodyText),
  };
}

function repeatsLead(subtitle: string | null, lead: string): boolean {
  if (!subtitle) return false;
  const fold = (value: string) => value.replace(/\s+/g, ' ').trim().replace(/(?:\.{3}|…)$/, '').toLowerCase();
  const dek = fold(subtitle);
  return dek.length > 0 && fold(lead).startsWith(dek);
}
