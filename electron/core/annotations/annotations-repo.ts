import type Database from 'better-sqlite3';
import { reanchor } from '../../../shared/annotations/reanchor';
import { ApiError } from '../../../shared/api/errors';
import type { Annotation, AnnotationFacets, AnnotationKind, AnnotationPage, AnnotationTarget, HighlightColor } from '../../../shared/domain/annotation';
import type { DocNode } from '../../../shared/document/document-types';
import { textBlocks } from '../../../shared/document/canonical-text';
import { statement } from '../db/statements';
import type { TagsRepo } from '../tags/tags-repo';
import { annotationFacets, searchAnnotations, type AnnotationQuery } from './annotation-search';
import { ANNOTATION_COLUMNS, annotationTagsFor, toAnnotation, type AnnotationRow } from './annotation-rows';
import { targetFor } from './annotation-target';

/** A stretch of the clipping's canonical text, as the reader saw it. */
export interface TextRange {
  start: number;
  end: number;
  /** What the reader saw there; when the text has changed since, the range is looked up again. */
  exact?: string;
}

export interface NewAnnotation {
  clippingId: number;
  /** Absent for a page note. */
  range?: TextRange | null;
  color?: HighlightColor;
  kind?: AnnotationKind | null;
  speaker?: string | null;
  comment?: string;
  tags?: string[];
}

export interface AnnotationPatch {
  color?: HighlightColor;
  kind?: AnnotationKind | null;
  speaker?: string | null;
  comment?: string;
  /** Replaces the annotation's tags (paths; new ones are created). */
  tags?: string[];
  /** Re-attaches the annotation (an orphan) to new text. */
  range?: TextRange;
}

/** Annotations of clippings: highlights, quotes, comments and page notes. */
export class AnnotationsRepo {
  constructor(
    private readonly db: Database.Database,
    private readonly tags: TagsRepo,
  ) {}

  /** A clipping's annotations: page notes first, then in document order. */
  list(clippingId: number): Annotation[] {
    const rows = statement(
      this.db,
      `SELECT ${ANNOTATION_COLUMNS} FROM annotations a WHERE a.clipping_id = ? AND a.deleted_at IS NULL
       ORDER BY a.start_at IS NOT NULL, a.start_at, a.end_at, a.id`,
    ).all(clippingId) as AnnotationRow[];
    return this.withTags(rows);
  }

  get(id: number): Annotation {
    const row = statement(this.db, `SELECT ${ANNOTATION_COLUMNS} FROM annotations a WHERE a.id = ? AND a.deleted_at IS NULL`).get(id) as AnnotationRow | undefined;
    if (!row) throw new ApiError('not_found', 'That annotation no longer exists.');
    return this.withTags([row])[0]!;
  }

  create(input: NewAnnotation, now = new Date()): Annotation {
    return this.db.transaction(() => {
      const target = input.range ? this.targetIn(input.clippingId, input.range) : null;
      if (!input.range) this.requireClipping(input.clippingId);
      const at = now.toISOString();
      const { lastInsertRowid } = statement(
        this.db,
        `INSERT INTO annotations (clipping_id, color, kind, speaker, comment, exact, prefix, suffix, start_at, end_at, block_index, created_at, updated_at)
         VALUES (@clippingId, @color, @kind, @speaker, @comment, @exact, @prefix, @suffix, @start, @end, @block, @at, @at)`,
      ).run({
        clippingId: input.clippingId,
        color: input.color ?? 1,
        kind: input.kind ?? null,
        speaker: input.speaker ?? null,
        comment: input.comment ?? '',
        ...targetColumns(target),
        at,
      });
      const id = Number(lastInsertRowid);
      if (input.tags?.length) this.setTags(id, input.tags, now);
      return this.get(id);
    })();
  }

  update(id: number, patch: AnnotationPatch, now = new Date()): Annotation {
    return this.db.transaction(() => {
      const current = this.get(id);
      const assignments: string[] = [];
      const values: Record<string, unknown> = { id, at: now.toISOString() };
      const set = (column: string, value: unknown) => {
        assignments.push(`${column} = @${column}`);
        values[column] = value;
      };
      if (patch.color !== undefined) set('color', patch.color);
      if (patch.kind !== undefined) set('kind', patch.kind);
      if (patch.speaker !== undefined) set('speaker', patch.speaker);
      if (patch.comment !== undefined) set('comment', patch.comment);
      if (patch.range) {
        const target = this.targetIn(current.clippingId, patch.range);
        for (const [column, value] of Object.entries(targetColumns(target))) set(columnOf(column), value);
        set('orphaned_at', null);
      }
      if (assignments.length > 0) statement(this.db, `UPDATE annotations SET ${assignments.join(', ')}, updated_at = @at WHERE id = @id`).run(values);
      if (patch.tags !== undefined) this.setTags(id, patch.tags, now);
      return this.get(id);
    })();
  }

  /** Moves the annotation out of sight; `restore` brings it back until the trash is emptied. */
  delete(id: number, now = new Date()): number {
    this.get(id);
    return statement(this.db, 'UPDATE annotations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now.toISOString(), id).changes;
  }

  restore(id: number): Annotation {
    const { changes } = statement(this.db, 'UPDATE annotations SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id);
    if (changes === 0) this.get(id);
    return this.get(id);
  }

  /** The Quotes & annotations view. */
  search(query: AnnotationQuery): AnnotationPage {
    return searchAnnotations(this.db, query);
  }

  facets(): AnnotationFacets {
    return annotationFacets(this.db);
  }

  /** Deletes for good the annotations deleted by the user (emptying the trash). */
  purgeDeleted(): number {
    return statement(this.db, 'DELETE FROM annotations WHERE deleted_at IS NOT NULL').run().changes;
  }

  private setTags(id: number, paths: string[], now: Date): void {
    const tagIds = [...new Set(paths.map((path) => this.tags.ensure(path, now).id))];
    statement(this.db, 'DELETE FROM annotation_tags WHERE annotation_id = ?').run(id);
    const insert = statement(this.db, 'INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)');
    for (const tagId of tagIds) insert.run(id, tagId);
  }

  /** The target for a range of the clipping's current text; a range read from older text is looked up again. */
  private targetIn(clippingId: number, range: TextRange): AnnotationTarget {
    const body = statement(this.db, 'SELECT doc_json, text FROM clipping_bodies WHERE clipping_id = ?').get(clippingId) as { doc_json: string; text: string } | undefined;
    if (!body) throw new ApiError('not_found', 'That clipping no longer exists.');
    let { start, end } = range;
    if (range.exact !== undefined && body.text.slice(start, end) !== range.exact) {
      const found = reanchor(body.text, { exact: range.exact, start, end });
      if ('orphan' in found) throw new ApiError('conflict', 'The text of this clipping has changed since it was shown. Select the text again.');
      ({ start, end } = found);
    }
    return targetFor(body.text, textBlocks(JSON.parse(body.doc_json) as DocNode), start, end);
  }

  private requireClipping(clippingId: number): void {
    if (!statement(this.db, 'SELECT 1 FROM clippings WHERE id = ?').get(clippingId)) throw new ApiError('not_found', 'That clipping no longer exists.');
  }

  private withTags(rows: AnnotationRow[]): Annotation[] {
    const tags = annotationTagsFor(this.db, rows.map((row) => row.id));
    return rows.map((row) => toAnnotation(row, tags.get(row.id)));
  }
}

/** A target as the columns of an annotations row (all null for a page note). */
export function targetColumns(target: AnnotationTarget | null) {
  return {
    exact: target?.exact ?? null,
    prefix: target?.prefix ?? '',
    suffix: target?.suffix ?? '',
    start: target?.start ?? null,
    end: target?.end ?? null,
    block: target?.block ?? null,
  };
}

const COLUMN_OF: Record<string, string> = { start: 'start_at', end: 'end_at', block: 'block_index' };
function columnOf(field: string): string {
  return COLUMN_OF[field] ?? field;
}
