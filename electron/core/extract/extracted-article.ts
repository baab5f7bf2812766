import type { ArticleImage, ArticleMetadata } from '../../../shared/domain/article-metadata';
import type { DocNode } from '../../../shared/document/document-types';

/** A news page reduced to its article: metadata, body document and its plain text. */
export interface ExtractedArticle {
  metadata: ArticleMetadata;
  doc: DocNode;
  /** canonicalText(doc): what the clipping stores, figure captions included. */
  text: string;
  /** The article's running text only (no figure captions): paragraphs separated by a blank line. */
  bodyText: string;
  /** The lead image first (when the page names one), then the body's figures. */
  images: ArticleImage[];
  wordCount: number;
}
