import { rawStatement } from '../db/statements';
import type Database from 'better-sqlite3';
import type { ClippingLabels } from './clipping-rows';

/** The tags and collections of a window of rows, in two queries. */
export function labelsFor(db: Database.Database, ids: number[]): Map<number, ClippingLabels> {
  const labels = new Map<number, ClippingLabels>();
  for (const id of ids) labels.set(id, { tags: [], collectionIds: [] });
  addLabels(db, labels, JSON.stringify(ids));
  return labels;
}

/**
 * Pushes the tags (by path) and collections of the clippings in `list` (their ids as a
 * JSON array) onto their entries in `byId`, which may be the summaries themselves. Rows
 * are read raw, as arrays, and become the tag refs directly.
 */
export function addLabels(db: Database.Database, byId: Map<number, ClippingLabels>, list: string): void {
  if (byId.size === 0) return;
  const tags = rawStatement(
    db,
    `SELECT ct.clipping_id, t.id, t.path, t.color FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id
     WHERE ct.clipping_id IN (SELECT value FROM json_each(?)) ORDER BY t.path COLLATE NOCASE`,
  ).all(list) as Array<[clippingId: number, id: number, path: string, color: string | null]>;
  for (const [clippingId, id, path, color] of tags) byId.get(clippingId)?.tags.push({ id, path, color });
  const memberships = rawStatement(db, 'SELECT clipping_id, collection_id FROM collection_clippings WHERE clipping_id IN (SELECT value FROM json_each(?)) ORDER BY collection_id')
    .all(list) as Array<[clippingId: number, collectionId: number]>;
  for (const [clippingId, collectionId] of memberships) byId.get(clippingId)?.collectionIds.push(collectionId);
}
