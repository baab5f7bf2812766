import type Database from 'better-sqlite3';
import type { Annotation, AnnotationKind, HighlightColor } from '../../../shared/domain/annotation';
import type { TagRef } from '../../../shared/domain/tag';
import { statement } from '../db/statements';

/** Columns of an annotation, for `FROM annotations a`. */
export const ANNOTATION_COLUMNS =
  'a.id, a.clipping_id, a.color, a.kind, a.speaker, a.comment, a.exact, a.prefix, a.suffix, a.start_at, a.end_at, a.block_index, a.orphaned_at, a.created_at, a.updated_at';

export interface AnnotationRow {
  id: number;
  clipping_id: number;
  color: number;
  kind: string | null;
  speaker: string | null;
  comment: string;
  exact: string | null;
  prefix: string;
  suffix: string;
  start_at: number | null;
  end_at: number | null;
  block_index: number | null;
  orphaned_at: string | null;
  created_at: string;
  updated_at: string;
}

export function toAnnotation(row: AnnotationRow, tags: TagRef[] = []): Annotation {
  return {
    id: row.id,
    clippingId: row.clipping_id,
    color: row.color as HighlightColor,
    kind: row.kind as AnnotationKind | null,
    speaker: row.speaker,
    comment: row.comment,
    tags,
    target:
      row.exact === null || row.start_at === null || row.end_at === null
        ? null
        : { exact: row.exact, prefix: row.prefix, suffix: row.suffix, start: row.start_at, end: row.end_at, block: row.block_index ?? 0 },
    orphaned: row.orphaned_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The tags of many annotations, in one query. */
export function annotationTagsFor(db: Database.Database, ids: number[]): Map<number, TagRef[]> {
  const tags = new Map<number, TagRef[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return tags;
  const rows = statement(
    db,
    `SELECT at.annotation_id, t.id, t.path, t.color FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
     WHERE at.annotation_id IN (SELECT value FROM json_each(?)) ORDER BY t.path COLLATE NOCASE`,
  ).all(JSON.stringify(ids)) as Array<TagRef & { annotation_id: number }>;
  for (const { annotation_id: annotationId, ...tag } of rows) tags.get(annotationId)?.push(tag);
  return tags;
}
