import { statement } from '../db/statements';
import type Database from 'better-sqlite3';
import type { TagRef } from '../../../shared/domain/tag';
import type { ClippingLabels } from './clipping-rows';

/** The tags and collections of a window of rows, in two queries. */
export function labelsFor(db: Database.Database, ids: number[]): Map<number, ClippingLabels> {
  const labels = new Map<number, ClippingLabels>(ids.map((id) => [id, { tags: [], collectionIds: [] }]));
  if (ids.length === 0) return labels;
  const list = JSON.stringify(ids);
  const tags = statement(db, 
      `SELECT ct.clipping_id, t.id, t.path, t.color FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id
       WHERE ct.clipping_id IN (SELECT value FROM json_each(?)) ORDER BY t.path COLLATE NOCASE`,
    )
    .all(list) as Array<TagRef & { clipping_id: number }>;
  for (const { clipping_id: clippingId, ...tag } of tags) labels.get(clippingId)?.tags.push(tag);
  const memberships = statement(db, 'SELECT clipping_id, collection_id FROM collection_clippings WHERE clipping_id IN (SELECT value FROM json_each(?)) ORDER BY collection_id')
    .all(list) as Array<{ clipping_id: number; collection_id: number }>;
  for (const row of memberships) labels.get(row.clipping_id)?.collectionIds.push(row.collection_id);
  return labels;
}
