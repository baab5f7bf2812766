import type { DocNode } from '../document/document-types';
import type { ArticleMetadata } from './article-metadata';
import type { SearchedAs, SnippetFields } from './list-query';
import type { TagRef } from './tag';

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
  /** The article this capture belongs to: the id of its first capture. */
  articleId: number;
  /** 1 for the first capture of an article, 2 for the next, … */
  version: number;
  /** How many captures of the article are in the library (not in the trash). */
  versionCount: number;
  /** The tags put on this clipping, by path. */
  tags: TagRef[];
  /** The collections this clipping is in. */
  collectionIds: number[];
  /** The outlet it came from (see `Outlet`); null when the source has no site. */
  outletId: number | null;
  outletName: string | null;
  read: boolean;
  starred: boolean;
}

/** The capture record an analyst can cite: the original exactly as received. */
export interface CaptureRecord {
  /** SHA-256 (hex) of the original bytes. */
  sha256: string;
  capturedAt: string;
  byteLength: number;
  contentType: string;
}

/** A whole clipping: the structured document and its canonical plain text. */
export interface Clipping extends ClippingSummary {
  doc: DocNode;
  text: string;
  capture: CaptureRecord | null;
}

/** One capture of an article, for the versions menu. */
export interface ClippingVersion {
  id: number;
  version: number;
  title: string;
  createdAt: string;
  wordCount: number;
}

/** What to do when a capture is already in the library. */
export const duplicatePolicies = ['report', 'newVersion'] as const;
export type DuplicatePolicy = (typeof duplicatePolicies)[number];

/**
 * The result of a capture. `duplicate`: nothing was stored because the same article
 * (same canonical URL or address) or the same text is already in the library; the
 * caller may open `existing` or capture again with `duplicates: 'newVersion'`.
 */
export type CaptureOutcome =
  | { status: 'created' | 'version'; clipping: ClippingSummary; imagesSkipped: number }
  | { status: 'duplicate'; existing: ClippingSummary; match: 'url' | 'content' };

/** A row of the list; with search words, where they were found. */
export type ClippingListItem = ClippingSummary & SnippetFields;

export interface ClippingPage {
  items: ClippingListItem[];
  /** Rows in the whole list (all pages). */
  total: number;
  /** Pass back as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
  searched: SearchedAs;
}

/** The result of `clippings.search`: the best hits, with snippets. */
export interface SearchResult {
  total: number;
  items: Array<ClippingSummary & SnippetFields & { snippet: string }>;
  searched: SearchedAs;
}

export type LibraryView = 'library' | 'trash';
