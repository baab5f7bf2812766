import type { ArticleImage, ArticleMetadata } from '../../../shared/domain/article-metadata';
import type { CaptureRecord, Clipping, ClippingOrigin, ClippingSummary, SourceFormat } from '../../../shared/domain/clipping';
import type { DocNode } from '../../../shared/document/document-types';
import type { TagRef } from '../../../shared/domain/tag';

/**
 * Column lists (for `FROM clippings c`) and row mappers for the clippings table.
 *
 * Rows are read raw (`statement.raw(true)`: an array of values per row) and mapped by
 * position. An object row costs better-sqlite3 a property set, with the column name
 * looked up, per column: for a window of 100 summaries that was half the time of the
 * query and 100 objects of 30 keys made only to be copied into the summary.
 */
export const SUMMARY_COLUMNS = [
  'id', 'title', 'source_url', 'origin', 'format', 'file_name', 'excerpt', 'word_count', 'created_at', 'updated_at', 'trashed_at',
  'subtitle', 'authors_json', 'outlet', 'site_domain', 'section', 'published_at', 'modified_at', 'lang', 'canonical_url',
  'dateline', 'credit', 'lead_image_json', 'article_id', 'version', 'outlet_id', 'read_at', 'starred',
]
  .map((column) => `c.${column}`)
  .concat(
    '(SELECT count(*) FROM clippings v WHERE v.article_id = c.article_id AND v.trashed_at IS NULL) AS version_count',
    '(SELECT name FROM outlets o WHERE o.id = c.outlet_id) AS outlet_name',
    // The labels as lists of ids, each read off its covering index; tags become refs in
    // `TagRefs`, collection ids are sorted here.
    '(SELECT group_concat(tag_id) FROM clipping_tags WHERE clipping_id = c.id) AS tag_ids',
    '(SELECT group_concat(collection_id) FROM collection_clippings WHERE clipping_id = c.id) AS collection_ids',
  )
  .join(', ');

/** A raw row of `SUMMARY_COLUMNS`, in their order. */
export type SummaryValues = [
  id: number,
  title: string,
  sourceUrl: string | null,
  origin: ClippingOrigin,
  format: SourceFormat,
  fileName: string | null,
  excerpt: string,
  wordCount: number,
  createdAt: string,
  updatedAt: string,
  trashedAt: string | null,
  subtitle: string | null,
  authorsJson: string,
  outlet: string | null,
  siteDomain: string | null,
  section: string | null,
  publishedAt: string | null,
  modifiedAt: string | null,
  lang: string | null,
  canonicalUrl: string | null,
  dateline: string | null,
  credit: string | null,
  leadImageJson: string | null,
  articleId: number,
  version: number,
  outletId: number | null,
  readAt: string | null,
  starred: number,
  versionCount: number,
  outletName: string | null,
  tagIds: string | null,
  collectionIds: string | null,
];

/** A raw row that starts with `SUMMARY_COLUMNS` (a clipping's has its body after them). */
export type SummaryRow = readonly [...SummaryValues, ...unknown[]];

/** Where the tag ids are in `SummaryValues`, and how many values it has. */
export const TAG_IDS = 30;
export const SUMMARY_WIDTH = 32;

/** For `FROM clippings c JOIN clipping_bodies b … LEFT JOIN clipping_snapshots s`. */
export const FULL_COLUMNS = `${SUMMARY_COLUMNS}, b.doc_json, b.text, s.sha256, s.captured_at, s.byte_length, s.content_type`;

/** A raw row of `FULL_COLUMNS`: the summary's values, then the body's and the capture's. */
export type FullValues = [
  ...SummaryValues,
  docJson: string,
  text: string,
  captureSha256: string | null,
  captureAt: string | null,
  captureBytes: number | null,
  captureType: string | null,
];

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

/** A summary from a raw row and its tags (from `TagRefs`). Values are read by position: `SummaryValues` names them. */
export function toSummary(r: SummaryRow, tags: TagRef[]): ClippingSummary {
  const title = r[1];
  return {
    id: r[0],
    title,
    sourceUrl: r[2],
    origin: r[3],
    format: r[4],
    fileName: r[5],
    excerpt: r[6],
    wordCount: r[7],
    createdAt: r[8],
    updatedAt: r[9],
    trashedAt: r[10],
    meta: {
      title,
      subtitle: r[11],
      authors: r[12] === '[]' ? [] : (JSON.parse(r[12]) as string[]),
      outlet: r[13],
      siteDomain: r[14],
      section: r[15],
      published: r[16],
      modified: r[17],
      lang: r[18],
      canonicalUrl: r[19],
      dateline: r[20],
      credit: r[21],
      leadImage: r[22] ? (JSON.parse(r[22]) as ArticleImage) : null,
    },
    articleId: r[23],
    version: r[24],
    versionCount: r[28],
    tags,
    collectionIds: r[31] === null ? [] : idList(r[31]),
    outletId: r[25],
    outletName: r[29],
    read: r[26] !== null,
    starred: r[27] === 1,
  };
}

function idList(list: string): number[] {
  const ids = list.split(',').map(Number);
  return ids.length > 1 ? ids.sort((a, b) => a - b) : ids;
}

export function toClipping(r: FullValues, tags: TagRef[]): Clipping {
  return { ...toSummary(r, tags), doc: JSON.parse(r[32]) as DocNode, text: r[33], capture: captureRecord(r) };
}

function captureRecord(r: FullValues): CaptureRecord | null {
  const sha256 = r[34];
  const capturedAt = r[35];
  if (sha256 === null || capturedAt === null) return null;
  return { sha256, capturedAt, byteLength: r[36] ?? 0, contentType: r[37] ?? '' };
}
