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
  /** Images a page archive carried, by web address, to store instead of downloading them. */
  archived?: Array<[string, Uint8Array]>;
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

/** A page fetched by URL (see fetchPage), handed over without decoding. */
export interface FetchedInput {
  finalUrl: string;
  /** Media type without parameters, as the server sent it. */
  contentType: string | null;
  charsetFromHeader: string | null;
  bytes: Uint8Array;
  title?: string;
}

/** A page sent by the browser bridge: the rendered DOM, and the selection if any. */
export interface BridgeInput {
  url: string;
  title?: string;
  html: string;
  selectionHtml?: string;
}
