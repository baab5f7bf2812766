import { DOMParser, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { DocNode } from '../../../shared/document/document-types';
import { captureSchema } from './capture-schema';
import { hardenDocument } from './harden-document';
import type { PageMeta } from './page-meta';
import { resolveReferences } from './resolve-references';
import { restructureDom } from './restructure-dom';
import { sanitizeHtml } from './sanitize-html';
import { tidyDocument } from './tidy-document';

export interface ConvertedHtml {
  doc: DocNode;
  meta: PageMeta;
}

/**
 * An HTML page as a clipping document: cleaned, addresses resolved against the
 * page's own URL, then read by ProseMirror into the restricted schema (which
 * collapses whitespace as a browser does and drops everything it has no node for).
 */
export async function htmlToDocument(html: string, sourceUrl: string | null): Promise<ConvertedHtml> {
  const page = await sanitizeHtml(html);
  let parsed: ProseMirrorNode;
  try {
    restructureDom(page.body);
    resolveReferences(page.body, sourceUrl);
    parsed = DOMParser.fromSchema(captureSchema()).parse(page.body);
  } finally {
    // Free the page's DOM before building the JSON: on a large page it is most of the memory.
    page.close();
  }
  const doc = hardenDocument(tidyDocument(parsed.toJSON() as DocNode));
  return { doc, meta: page.meta };
}
