import type Database from 'better-sqlite3';
import { reanchor } from '../../../shared/annotations/reanchor';
import type { ReanchorReport } from '../../../shared/domain/annotation';
import type { TextBlock } from '../../../shared/document/canonical-text';
import { statement } from '../db/statements';
import { targetFor } from './annotation-target';

interface AnchoredRow {
  id: number;
  exact: string;
  prefix: string;
  suffix: string;
  start_at: number;
  end_at: number;
  orphaned_at: string | null;
}

/**
 * Re-anchors every annotation of a clipping whose text has just become `text`; call it
 * inside the transaction that changes the text, so no annotation ever points into text
 * that is not the clipping's. Orphans are tried again: an edit may bring their quote back.
 */
export function reanchorAnnotations(db: Database.Database, clippingId: number, text: string, blocks: readonly TextBlock[], now = new Date()): ReanchorReport {
  const rows = statement(
    db,
    'SELECT id, exact, prefix, suffix, start_at, end_at, orphaned_at FROM annotations WHERE clipping_id = ? AND exact IS NOT NULL',
  ).all(clippingId) as AnchoredRow[];
  const report: ReanchorReport = { anchored: 0, moved: 0, orphaned: 0 };
  const place = statement(
    db,
    `UPDATE annotations SET exact = @exact, prefix = @prefix, suffix = @suffix, start_at = @start, end_at = @end, block_index = @block, orphaned_at = NULL
     WHERE id = @id`,
  );
  const orphan = statement(db, 'UPDATE annotations SET orphaned_at = coalesce(orphaned_at, ?) WHERE id = ?');
  for (const row of rows) {
    const found = reanchor(text, { exact: row.exact, prefix: row.prefix, suffix: row.suffix, start: row.start_at, end: row.end_at });
    if ('orphan' in found) {
      orphan.run(now.toISOString(), row.id);
      report.orphaned++;
      continue;
    }
    const target = targetFor(text, blocks, found.start, found.end);
    place.run({ id: row.id, ...target });
    report.anchored++;
    if (target.start !== row.start_at || target.end !== row.end_at || row.orphaned_at !== null) report.moved++;
  }
  return report;
}
