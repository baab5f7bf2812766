import type { DocNode } from '../../../shared/document/document-types';
import { elementToDocument } from './element-to-document';
import { readPageMeta, type PageMeta } from './page-meta';

export interface ConvertedHtml {
  doc: DocNode;
  meta: PageMeta;
}

/**
 * An HTML page as a clipping document. The page is parsed into an inert DOM (no
 * scripts, no resources, `<base>` ignored), its head titles are read, and its body
 * is converted into the restricted schema, which keeps nothing it has no node for.
 */
export async function htmlToDocument(html: string, sourceUrl: string | null): Promise<ConvertedHtml> {
  // Loaded on first use, so commands and inputs refused early never load the parser.
  const { parseHtml } = await import('../extract/parse-html');
  const document = parseHtml(html);
  const meta = readPageMeta(document);
  // A frameset page has no body to clip.
  const body = document.body ?? document.createElement('body');
  return { doc: elementToDocument(body, sourceUrl), meta };
}
