import type { ArticleImage, ArticleMetadata } from '../../../shared/domain/article-metadata';
import type { CaptureRecord, Clipping, ClippingOrigin, ClippingSummary, SourceFormat } from '../../../shared/domain/clipping';
import type { DocNode } from '../../../shared/document/document-types';
import type { TagRef } from '../../../shared/domain/tag';

/** Column lists (for `FROM clippings c`) and row mappers for the clippings table. */
export const SUMMARY_COLUMNS = [
  'id', 'title', 'source_url', 'origin', 'format', 'file_name', 'excerpt', 'word_count', 'created_at', 'updated_at', 'trashed_at',
  'subtitle', 'authors_json', 'outlet', 'site_domain', 'section', 'published_at', 'modified_at', 'lang', 'canonical_url',
  'dateline', 'credit', 'lead_image_json', 'article_id', 'version', 'outlet_id', 'read_at', 'starred',
]
  .map((column) => `c.${column}`)
  .concat(
    '(SELECT count(*) FROM clippings v WHERE v.article_id = c.article_id AND v.trashed_at IS NULL) AS version_count',
    '(SELECT name FROM outlets o WHERE o.id = c.outlet_id) AS outlet_name',
  )
  .join(', ');

/** For `FROM clippings c JOIN clipping_bodies b … LEFT JOIN clipping_snapshots s`. */
export const FULL_COLUMNS = `${SUMMARY_COLUMNS}, b.doc_json, b.text,
  s.sha256 AS capture_sha256, s.captured_at AS capture_at, s.byte_length AS capture_bytes, s.content_type AS capture_type`;

export interface SummaryRow {
  id: number;
  title: string;
  source_url: string | null;
  origin: ClippingOrigin;
  format: SourceFormat;
  file_name: string | null;
  excerpt: string;
  word_count: number;
  created_at: string;
  updated_at: string;
  trashed_at: string | null;
  subtitle: string | null;
  authors_json: string;
  outlet: string | null;
  site_domain: string | null;
  section: string | null;
  published_at: string | null;
  modified_at: string | null;
  lang: string | null;
  canonical_url: string | null;
  dateline: string | null;
  credit: string | null;
  lead_image_json: string | null;
  article_id: number;
  version: number;
  version_count: number;
  outlet_id: number | null;
  outlet_name: string | null;
  read_at: string | null;
  starred: number;
}

/** What a row of the clippings table does not hold: its tags and collections. */
export interface ClippingLabels {
  tags: TagRef[];
  collectionIds: number[];
}

const NO_LABELS: ClippingLabels = { tags: [], collectionIds: [] };

export interface FullRow extends SummaryRow {
  doc_json: string;
  text: string;
  capture_sha256: string | null;
  capture_at: string | null;
  capture_bytes: number | null;
  capture_type: string | null;
}

/** The metadata columns of a new row (the title has its own column). */
export function metadataColumns(meta: ArticleMetadata | undefined) {
  return {
    subtitle: meta?.subtitle ?? null,
    authorsJson: JSON.stringify(meta?.authors ?? []),
    outlet: meta?.outlet ?? null,
    siteDomain: meta?.siteDomain ?? null,
    section: meta?.section ?? null,
    publishedAt: meta?.published ?? null,
    modifiedAt: meta?.modified ?? null,
    lang: meta?.lang ?? null,
    canonicalUrl: meta?.canonicalUrl ?? null,
    dateline: meta?.dateline ?? null,
    credit: meta?.credit ?? null,
    leadImageJson: meta?.leadImage ? JSON.stringify(meta.leadImage) : null,
  };
}

export function toSummary(row: SummaryRow, labels: ClippingLabels = NO_LABELS): ClippingSummary {
  return {
    id: row.id,
    title: row.title,
    sourceUrl: row.source_url,
    origin: row.origin,
    format: row.format,
    fileName: row.file_name,
    excerpt: row.excerpt,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
    meta: {
      title: row.title,
      subtitle: row.subtitle,
      authors: JSON.parse(row.authors_json) as string[],
      outlet: row.outlet,
      siteDomain: row.site_domain,
      section: row.section,
      published: row.published_at,
      modified: row.modified_at,
      lang: row.lang,
      canonicalUrl: row.canonical_url,
      dateline: row.dateline,
      credit: row.credit,
      leadImage: row.lead_image_json ? (JSON.parse(row.lead_image_json) as ArticleImage) : null,
    },
    articleId: row.article_id,
    version: row.version,
    versionCount: row.version_count,
    tags: labels.tags,
    collectionIds: labels.collectionIds,
    outletId: row.outlet_id,
    outletName: row.outlet_name,
    read: row.read_at !== null,
    starred: row.starred === 1,
  };
}

export function toClipping(row: FullRow, labels: ClippingLabels): Clipping {
  return { ...toSummary(row, labels), doc: JSON.parse(row.doc_json) as DocNode, text: row.text, capture: captureRecord(row) };
}

function captureRecord(row: FullRow): CaptureRecord | null {
  if (row.capture_sha256 === null || row.capture_at === null) return null;
  return { sha256: row.capture_sha256, capturedAt: row.capture_at, byteLength: row.capture_bytes ?? 0, contentType: row.capture_type ?? '' };
}
