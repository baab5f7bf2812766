import type { ArticleImage, ArticleMetadata } from '../../../shared/domain/article-metadata';
import type { Clipping, ClippingOrigin, ClippingSummary, SourceFormat } from '../../../shared/domain/clipping';
import type { DocNode } from '../../../shared/document/document-types';

/** Column lists and row mappers for the clippings table. */
export const SUMMARY_COLUMNS = [
  'id', 'title', 'source_url', 'origin', 'format', 'file_name', 'excerpt', 'word_count', 'created_at', 'updated_at', 'trashed_at',
  'subtitle', 'authors_json', 'outlet', 'site_domain', 'section', 'published_at', 'modified_at', 'lang', 'canonical_url',
  'dateline', 'credit', 'lead_image_json',
].join(', ');

export const FULL_COLUMNS = `${SUMMARY_COLUMNS}, doc_json, text`;

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
}

export interface FullRow extends SummaryRow {
  doc_json: string;
  text: string;
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

export function toSummary(row: SummaryRow): ClippingSummary {
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
  };
}

export function toClipping(row: FullRow): Clipping {
  return { ...toSummary(row), doc: JSON.parse(row.doc_json) as DocNode, text: row.text };
}
