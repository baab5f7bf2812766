import type { DocMark, DocNode } from '../../../shared/document/document-types';
import { isSafeLinkHref } from '../../../shared/document/safe-url';
import { isCapturableImageSrc } from './resolve-references';

const LINK_REL = 'noopener noreferrer nofollow';

/**
 * A last pass over a converted document, whatever produced it: every link mark
 * points at a web page or mail address and carries none of the page's own
 * attributes; every figure's image is a web address or inline raster data.
 */
export function hardenDocument(node: DocNode): DocNode {
  const hardened: DocNode = { ...node };
  if (node.type === 'figure') hardened.attrs = figureAttrs(node.attrs ?? {});
  if (node.marks) {
    const marks = node.marks.map(hardenMark).filter((mark): mark is DocMark => mark !== null);
    if (marks.length > 0) hardened.marks = marks;
    else delete hardened.marks;
  }
  if (node.content) hardened.content = node.content.map(hardenDocument);
  return hardened;
}

function hardenMark(mark: DocMark): DocMark | null {
  if (mark.type !== 'link') return mark;
  const href = mark.attrs?.href;
  if (!isSafeLinkHref(href)) return null;
  const title = typeof mark.attrs?.title === 'string' ? mark.attrs.title : null;
  return { type: 'link', attrs: { href, target: null, rel: LINK_REL, class: null, title } };
}

function figureAttrs(attrs: Record<string, unknown>): Record<string, unknown> {
  return {
    src: isCapturableImageSrc(attrs.src) ? attrs.src : null,
    alt: typeof attrs.alt === 'string' ? attrs.alt : null,
    credit: typeof attrs.credit === 'string' ? attrs.credit : null,
  };
}
