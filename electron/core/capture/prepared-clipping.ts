import type { SourceFormat } from '../../../shared/domain/clipping';
import type { DocNode } from '../../../shared/document/document-types';
import type { ArticleMetadata } from '../../../shared/domain/article-metadata';

/** A clipping converted and checked, ready to be stored in one transaction. */
export interface PreparedClipping {
  title: string;
  format: SourceFormat;
  doc: DocNode;
  /** canonicalText(doc) */
  text: string;
  /** News metadata found on the page, when it is a page (absent for text and fragments). */
  metadata?: ArticleMetadata;
  /** The original content exactly as received. */
  snapshot: { contentType: string; bytes: Uint8Array };
}

export interface PasteInput {
  format: SourceFormat;
  content: string;
  title?: string;
  url?: string;
}

export interface FileInput {
  fileName: string;
  bytes: Uint8Array;
  title?: string;
  url?: string;
}
