import type { DocNode } from '../document/document-types';
import type { ArticleMetadata } from './article-metadata';

/** How a clipping entered the library. */
export const clippingOrigins = ['paste', 'file', 'sample', 'url', 'bridge'] as const;
export type ClippingOrigin = (typeof clippingOrigins)[number];

/** The format the original content arrived in. */
export const sourceFormats = ['html', 'text', 'markdown'] as const;
export type SourceFormat = (typeof sourceFormats)[number];

/** One row of the clipping list: small, no document body. */
export interface ClippingSummary {
  id: number;
  title: string;
  sourceUrl: string | null;
  origin: ClippingOrigin;
  format: SourceFormat;
  fileName: string | null;
  excerpt: string;
  wordCount: number;
  createdAt: string;
  updatedAt: string;
  trashedAt: string | null;
  /** What the page says about the article; `meta.title` is the clipping's title. */
  meta: ArticleMetadata;
}

/** A whole clipping: the structured document and its canonical plain text. */
export interface Clipping extends ClippingSummary {
  doc: DocNode;
  text: string;
}

export interface ClippingPage {
  items: ClippingSummary[];
  total: number;
  /** Pass back as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

export type LibraryView = 'library' | 'trash';
