import type { DocNode } from '../../../shared/document/document-types';
import { findNode, firstLineOf, inlineTextOf, normalizeTitle, UNTITLED, withoutTitleHeading } from './document-title';
import type { PageMeta } from './page-meta';

export interface TitledDocument {
  title: string;
  doc: DocNode;
}

/**
 * A page's title: its first `<h1>`, else og:title, else `<title>`, else its first
 * heading, else its first line of text. A heading at the top that reads the same
 * as the title is removed from the body.
 */
export function titleFromHtml(doc: DocNode, meta: PageMeta): TitledDocument {
  const title =
    headingText(doc, (node) => node.attrs?.level === 1) ||
    normalizeTitle(meta.ogTitle) ||
    normalizeTitle(meta.documentTitle) ||
    headingText(doc, () => true) ||
    firstLineOf(doc) ||
    UNTITLED;
  return { title, doc: withoutTitleHeading(doc, title) };
}

function headingText(doc: DocNode, test: (heading: DocNode) => boolean): string {
  const heading = findNode(doc, (node) => node.type === 'heading' && test(node) && inlineTextOf(node) !== '');
  return heading ? inlineTextOf(heading) : '';
}
