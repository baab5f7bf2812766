import type { DocNode } from '../../../shared/document/document-types';
import { mediaPath } from './media-url';

/**
 * A copy of `doc` whose figures point at the stored copies of their images
 * (`media/<sha256>`); figures whose image was not downloaded keep their address,
 * which the reader does not load. The input is left untouched.
 */
export function withLocalImages(doc: DocNode, downloaded: Iterable<{ src: string; image: { sha256: string } }>): DocNode {
  const local = new Map<string, string>();
  for (const { src, image } of downloaded) local.set(src, mediaPath(image.sha256));
  return localize(doc, local);
}

function localize(node: DocNode, local: ReadonlyMap<string, string>): DocNode {
  const copy: DocNode = { ...node };
  if (node.attrs) copy.attrs = { ...node.attrs };
  if (node.marks) copy.marks = node.marks.map((mark) => (mark.attrs ? { ...mark, attrs: { ...mark.attrs } } : { ...mark }));
  if (node.content) copy.content = node.content.map((child) => localize(child, local));
  const src = node.attrs?.src;
  if (node.type === 'figure' && typeof src === 'string' && local.has(src)) copy.attrs = { ...copy.attrs, src: local.get(src) };
  return copy;
}
