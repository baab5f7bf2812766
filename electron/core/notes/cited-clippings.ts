import type Database from 'better-sqlite3';
import type { CitedSource } from '../../../shared/notes/citation-label';
import { statement } from '../db/statements';

/** A clipping as a note cites it: its source details, and whether it is in the trash. */
export interface CitedClipping extends CitedSource {
  id: number;
  trashed: boolean;
}

/** The clippings with these ids that exist (live or in the trash); a missing id is absent from the map. */
export function citedClippings(db: Database.Database, ids: number[]): Map<number, CitedClipping> {
  if (ids.length === 0) return new Map();
  const rows = statement(
    db,
    `SELECT c.id, c.title, coalesce(o.name, c.outlet) AS outlet, c.published_at, coalesce(c.canonical_url, c.source_url) AS url, c.trashed_at
     FROM clippings c LEFT JOIN outlets o ON o.id = c.outlet_id WHERE c.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify([...new Set(ids)])) as Array<{
    id: number;
    title: string;
    outlet: string | null;
    published_at: string | null;
    url: string | null;
    trashed_at: string | null;
  }>;
  return new Map(
    rows.map((row) => [
      row.id,
      { id: row.id, headline: row.title, outlet: row.outlet, published: row.published_at, url: row.url, trashed: row.trashed_at !== null },
    ]),
  );
}
