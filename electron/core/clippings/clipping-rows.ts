import type { Clipping, ClippingOrigin, ClippingSummary, SourceFormat } from '../../../shared/domain/clipping';
import type { DocNode } from '../../../shared/document/document-types';

/** Column lists and row mappers for the clippings table. */
export const SUMMARY_COLUMNS =
  'id, title, source_url, origin, format, file_name, excerpt, word_count, created_at, updated_at, trashed_at';

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
}

export interface FullRow extends SummaryRow {
  doc_json: string;
  text: string;
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
  };
}

export function toClipping(row: FullRow): Clipping {
  return { ...toSummary(row), doc: JSON.parse(row.doc_json) as DocNode, text: row.text };
}
