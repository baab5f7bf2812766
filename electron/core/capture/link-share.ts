import type { DocNode } from '../../../shared/document/document-types';

/**
 * How much of a document's text sits inside links (0–1). A home page or a section
 * index is mostly headlines linking elsewhere; a short notice or a one-paragraph
 * item is mostly plain text.
 */
export function linkShare(doc: DocNode): number {
  let linked = 0;
  let total = 0;
  const visit = (node: DocNode) => {
    if (node.type === 'text' && node.text) {
      const length = node.text.replace(/\s+/g, '').length;
      total += length;
      if (node.marks?.some((mark) => mark.type === 'link')) linked += length;
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(doc);
  return total === 0 ? 1 : linked / total;
}
