import { statement } from '../db/statements';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Collection } from '../../../shared/domain/collection';
import { inChunks } from '../db/in-chunks';

interface CollectionRow {
  id: number;
  parent_id: number | null;
  name: string;
  path: string;
  clipping_count: number;
}

/** Every collection with its path of names from the top. */
const WITH_PATHS = `WITH RECURSIVE paths(id, path) AS (
  SELECT id, name FROM collections WHERE parent_id IS NULL
  UNION ALL SELECT c.id, paths.path || '/' || c.name FROM collections c JOIN paths ON c.parent_id = paths.id)
  SELECT c.id, c.parent_id, c.name, paths.path, c.clipping_count FROM collections c JOIN paths ON paths.id = c.id`;

/** An analyst's dossiers: nested collections, each holding clippings directly. */
export class CollectionsRepo {
  constructor(private readonly db: Database.Database) {}

  list(): Collection[] {
    const rows = statement(this.db, `${WITH_PATHS} ORDER BY c.name COLLATE NOCASE, c.id`).all() as CollectionRow[];
    return rows.map(toCollection);
  }

  get(id: number): Collection {
    const row = statement(this.db, `${WITH_PATHS} WHERE c.id = ?`).get(id) as CollectionRow | undefined;
    if (!row) throw new ApiError('not_found', `There is no collection with id ${id}.`);
    return toCollection(row);
  }

  create(name: string, parentId: number | null, now = new Date()): Collection {
    if (parentId !== null) this.get(parentId);
    const { lastInsertRowid } = statement(this.db, 'INSERT INTO collections (parent_id, name, created_at) VALUES (?, ?, ?)')
      .run(parentId, name, now.toISOString());
    return this.get(Number(lastInsertRowid));
  }

  update(id: number, patch: { name?: string; parentId?: number | null }): Collection {
    return this.db.transaction(() => {
      this.get(id);
      if (patch.parentId !== undefined && patch.parentId !== null) {
        if (this.isWithin(patch.parentId, id)) throw new ApiError('invalid_input', 'A collection cannot go inside itself.');
        this.get(patch.parentId);
      }
      if (patch.name !== undefined) statement(this.db, 'UPDATE collections SET name = ? WHERE id = ?').run(patch.name, id);
      if (patch.parentId !== undefined) statement(this.db, 'UPDATE collections SET parent_id = ? WHERE id = ?').run(patch.parentId, id);
      return this.get(id);
    })();
  }

  /** Deletes the collection and those nested in it; returns how many went. */
  delete(id: number): number {
    this.get(id);
    const { n } = statement(
      this.db,
        `WITH RECURSIVE below(id) AS (SELECT ? UNION ALL SELECT c.id FROM collections c JOIN below ON c.parent_id = below.id)
         SELECT count(*) AS n FROM below`,
      )
      .get(id) as { n: number };
    statement(this.db, 'DELETE FROM collections WHERE id = ?').run(id);
    return n;
  }

  addClippings(id: number, clippingIds: number[], now = new Date()): number {
    this.get(id);
    let changed = 0;
    const insert = statement(
      this.db,
      `INSERT OR IGNORE INTO collection_clippings (collection_id, clipping_id, added_at)
       SELECT ?, value, ? FROM json_each(?) WHERE value IN (SELECT id FROM clippings)`,
    );
    this.db.transaction(() => {
      for (const chunk of inChunks(clippingIds, 5000)) changed += insert.run(id, now.toISOString(), JSON.stringify(chunk)).changes;
    })();
    return changed;
  }

  /** The clippings in this collection itself that are not in the trash, oldest publication first (for exports). */
  liveClippingIds(id: number): number[] {
    this.get(id);
    const rows = statement(
      this.db,
      `SELECT c.id FROM collection_clippings cc JOIN clippings c ON c.id = cc.clipping_id
       WHERE cc.collection_id = ? AND c.trashed_at IS NULL ORDER BY c.published_sort, c.id`,
    ).all(id) as Array<{ id: number }>;
    return rows.map((row) => row.id);
  }

  removeClippings(id: number, clippingIds: number[]): number {
    this.get(id);
    let changed = 0;
    const drop = statement(this.db, 'DELETE FROM collection_clippings WHERE collection_id = ? AND clipping_id IN (SELECT value FROM json_each(?))');
    this.db.transaction(() => {
      for (const chunk of inChunks(clippingIds, 5000)) changed += drop.run(id, JSON.stringify(chunk)).changes;
    })();
    return changed;
  }

  /** `candidate` is `id` or nested somewhere inside it. */
  private isWithin(candidate: number, id: number): boolean {
    const row = statement(
      this.db,
        `WITH RECURSIVE up(id) AS (SELECT ? UNION ALL SELECT c.parent_id FROM collections c JOIN up ON c.id = up.id WHERE c.parent_id IS NOT NULL)
         SELECT 1 AS found FROM up WHERE id = ? LIMIT 1`,
      )
      .get(candidate, id);
    return row !== undefined;
  }
}

function toCollection(row: CollectionRow): Collection {
  return { id: row.id, parentId: row.parent_id, name: row.name, path: row.path, count: row.clipping_count };
}
