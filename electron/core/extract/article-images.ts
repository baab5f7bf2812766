import type { ArticleImage } from '../../../shared/domain/article-metadata';
import type { DocNode } from '../../../shared/document/document-types';
import { inlineTextOf } from '../capture/document-title';

/** The body's figures as images, with the lead image first unless the body already has it. */
export function articleImages(doc: DocNode, leadImage: ArticleImage | null): ArticleImage[] {
  const figures: ArticleImage[] = [];
  collectFigures(doc, figures);
  if (leadImage && !figures.some((image) => image.src === leadImage.src)) return [leadImage, ...figures];
  return figures;
}

function collectFigures(node: DocNode, out: ArticleImage[]): void {
  if (node.type === 'figure' && typeof node.attrs?.src === 'string') {
    out.push({
      src: node.attrs.src,
      alt: typeof node.attrs.alt === 'string' ? node.attrs.alt : null,
      caption: inlineTextOf(node) || null,
      credit: typeof node.attrs.credit === 'string' ? node.attrs.credit : null,
    });
    return;
  }
  for (const child of node.content ?? []) collectFigures(child, out);
}
