import type { ArticleImage } from '../../../shared/domain/article-metadata';
import type { DocNode } from '../../../shared/document/document-types';

/**
 * Puts the article's lead image at the top of the document when the body left it
 * out. News pages often place the lead photo above the text column, where body
 * extraction rightly stops; but the photo and its caption are part of the story
 * an analyst clips (and may cite), so it is kept — once. Only a captioned image
 * counts: a share picture no caption describes is often a logo or a card.
 */
export function withLeadFigure(doc: DocNode, leadImage: ArticleImage | null): DocNode {
  const caption = leadImage?.caption?.trim();
  if (!leadImage || !caption || hasFigure(doc, leadImage.src)) return doc;
  const figure: DocNode = {
    type: 'figure',
    attrs: { src: leadImage.src, alt: leadImage.alt, credit: leadImage.credit },
    content: [{ type: 'text', text: caption }],
  };
  return { ...doc, content: [figure, ...(doc.content ?? [])] };
}

function hasFigure(node: DocNode, src: string): boolean {
  if (node.type === 'figure' && node.attrs?.src === src) return true;
  return (node.content ?? []).some((child) => hasFigure(child, src));
}
