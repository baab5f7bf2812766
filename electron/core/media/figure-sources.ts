import type { DocNode } from '../../../shared/document/document-types';
import { isWebUrl } from '../../../shared/document/safe-url';
import { IMAGE_DATA_URL } from './data-url';

/** True for the sources Dossier can download or decode: absolute http(s) and base64 image data. */
export function isDownloadableSrc(src: unknown): src is string {
  return typeof src === 'string' && (IMAGE_DATA_URL.test(src) || isWebUrl(src));
}

/** The distinct image sources of a document's figures, in document order. */
export function figureSources(doc: DocNode): string[] {
  const sources = new Set<string>();
  const visit = (node: DocNode): void => {
    const src = node.attrs?.src;
    if (node.type === 'figure' && isDownloadableSrc(src)) sources.add(src);
    node.content?.forEach(visit);
  };
  visit(doc);
  return [...sources];
}
