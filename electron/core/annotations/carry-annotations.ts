import type Database from 'better-sqlite3';
import type { TextBlock } from '../../../shared/document/canonical-text';
import { statement } from '../db/statements';
import { reanchorAnnotations } from './reanchor-annotations';

/**
 * A new capture of an article carries the annotations of the capture before it, re-anchored
 * in its text (those whose words are gone arrive as orphans): the library shows an article
 * as its newest capture, and the analyst's highlights must not vanish with the old one.
 * The earlier capture keeps its own.
 */
export function carryAnnotations(db: Database.Database, fromId: number, toId: number, text: string, blocks: readonly TextBlock[], now: Date): void {
  const copied = statement(
    db,
    `SELECT id FROM annotations WHERE clipping_id = ? AND deleted_at IS NULL ORDER BY id`,
  ).all(fromId) as Array<{ id: number }>;
  if (copied.length === 0) return;
  const copy = statement(
    db,
    `INSERT INTO annotations (clipping_id, color, kind, speaker, comment, exact, prefix, suffix, start_at, end_at, block_index, orphaned_at, created_at, updated_at)
     SELECT ?, color, kind, speaker, comment, exact, prefix, suffix, start_at, end_at, block_index, orphaned_at, created_at, updated_at FROM annotations WHERE id = ?`,
  );
  const tags = statement(db, 'INSERT INTO annotation_tags (annotation_id, tag_id) SELECT ?, tag_id FROM annotation_tags WHERE annotation_id = ?');
  for (const { id } of copied) {
    const newId = Number(copy.run(toId, id).lastInsertRowid);
    tags.run(newId, id);
  }
  reanchorAnnotations(db, toId, text, blocks, now);
}
