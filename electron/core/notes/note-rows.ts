import type Database from 'better-sqlite3';
import type { NoteSummary } from '../../../shared/domain/note';
import { statement } from '../db/statements';

/** The columns of a notes row a summary needs (never the document or its text). */
export const NOTE_SUMMARY_COLUMNS = `n.id, n.title, n.title_set, n.excerpt, n.created_at, n.updated_at, n.trashed_at,
  (SELECT count(*) FROM note_citations c WHERE c.note_id = n.id) AS citation_count`;

export interface NoteSummaryRow {
  id: number;
  title: string;
  title_set: number;
  excerpt: string;
  created_at: string;
  updated_at: string;
  trashed_at: string | null;
  citation_count: number;
}

export function toNoteSummary(row: NoteSummaryRow, collectionIds: number[] = []): NoteSummary {
  return {
    id: row.id,
    title: row.title,
    titleSet: row.title_set === 1,
    excerpt: row.excerpt,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
    collectionIds,
    citationCount: row.citation_count,
  };
}

/** The collections of each note, in one query. */
export function noteCollectionsFor(db: Database.Database, noteIds: number[]): Map<number, number[]> {
  const byNote = new Map<number, number[]>();
  if (noteIds.length === 0) return byNote;
  const rows = statement(
    db,
    'SELECT note_id, collection_id FROM note_collections WHERE note_id IN (SELECT value FROM json_each(?)) ORDER BY collection_id',
  ).all(JSON.stringify(noteIds)) as Array<{ note_id: number; collection_id: number }>;
  for (const row of rows) {
    const ids = byNote.get(row.note_id) ?? [];
    ids.push(row.collection_id);
    byNote.set(row.note_id, ids);
  }
  return byNote;
}

/** The summaries of rows, with their collections. */
export function withCollections(db: Database.Database, rows: NoteSummaryRow[]): NoteSummary[] {
  const collections = noteCollectionsFor(db, rows.map((row) => row.id));
  return rows.map((row) => toNoteSummary(row, collections.get(row.id)));
}
