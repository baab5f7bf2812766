import { statement } from '../db/statements';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { TAG_PATH_SEPARATOR, type Tag, type TagColor } from '../../../shared/domain/tag';
import { foldCase } from '../db/fold-case';
import { inChunks } from '../db/in-chunks';

interface TagRow {
  id: number;
  parent_id: number | null;
  name: string;
  path: string;
  color: string | null;
  clipping_count: number;
}

const TAG_COLUMNS = 'id, parent_id, name, path, color, clipping_count';

/**
 * Hierarchical tags. A tag's path is its identity for people (`DPRK/youth`); its
 * ancestors are kept in `tag_closure` by this repository, and triggers derive from
 * it which tags each clipping is under (`tag_reach`) and every tag's count.
 */
export class TagsRepo {
  constructor(private readonly db: Database.Database) {}

  list(): Tag[] {
    return (statement(this.db, `SELECT ${TAG_COLUMNS} FROM tags ORDER BY path COLLATE NOCASE`).all() as TagRow[]).map(toTag);
  }

  get(id: number): Tag {
    const row = statement(this.db, `SELECT ${TAG_COLUMNS} FROM tags WHERE id = ?`).get(id) as TagRow | undefined;
    if (!row) throw new ApiError('not_found', `There is no tag with id ${id}.`);
    return toTag(row);
  }

  findByPath(path: string): Tag | null {
    const row = statement(this.db, `SELECT ${TAG_COLUMNS} FROM tags WHERE path_key = ?`).get(foldCase(path)) as TagRow | undefined;
    return row ? toTag(row) : null;
  }

  /**
   * The tag at `path`, created with any missing ancestors. Paths match whatever their
   * case; a new tag takes its parent's spelling (`dprk/youth` under `DPRK` is `DPRK/youth`).
   */
  ensure(path: string, now = new Date()): Tag {
    const [first, ...rest] = path.split(TAG_PATH_SEPARATOR);
    if (!first) throw new ApiError('invalid_input', 'A tag needs a name.');
    let tag = this.findByPath(first) ?? this.insert(first, null, now);
    for (const segment of rest) {
      const childPath = `${tag.path}${TAG_PATH_SEPARATOR}${segment}`;
      tag = this.findByPath(childPath) ?? this.insert(childPath, tag.id, now);
    }
    return tag;
  }

  create(path: string, color: TagColor | null = null, now = new Date()): Tag {
    return this.db.transaction(() => {
      if (this.findByPath(path)) throw new ApiError('conflict', `There is already a tag “${path}”.`);
      const tag = this.ensure(path, now);
      return color ? this.setColor(tag.id, color) : tag;
    })();
  }

  setColor(id: number, color: TagColor | null): Tag {
    statement(this.db, 'UPDATE tags SET color = ? WHERE id = ?').run(color, id);
    return this.get(id);
  }

  /** Renames or moves a tag with everything below it. A path in use is a conflict: merge instead. */
  move(id: number, requestedPath: string, now = new Date()): Tag {
    return this.db.transaction(() => {
      const tag = this.get(id);
      if (tag.path === requestedPath) return tag;
      const taken = this.findByPath(requestedPath);
      if (taken && taken.id !== id) {
        throw new ApiError('conflict', `There is already a tag “${taken.path}”. Merge the two tags to combine them.`);
      }
      if (!taken && isBelow(requestedPath, tag.path)) throw new ApiError('invalid_input', `“${tag.path}” cannot move inside itself.`);
      const parentPath = requestedPath.split(TAG_PATH_SEPARATOR).slice(0, -1).join(TAG_PATH_SEPARATOR);
      const parent = parentPath ? this.ensure(parentPath, now) : null;
      const newPath = parent ? `${parent.path}${TAG_PATH_SEPARATOR}${lastSegment(requestedPath)}` : requestedPath;
      const parentId = parent?.id ?? null;
      const affected = this.clippingsUnder(id);
      statement(this.db, `DELETE FROM tag_reach WHERE clipping_id IN (SELECT value FROM json_each(?))`).run(JSON.stringify(affected));
      this.renameSubtree(tag.path, newPath);
      statement(this.db, 'UPDATE tags SET parent_id = ?, name = ? WHERE id = ?').run(parentId, lastSegment(newPath), id);
      this.rebuildClosure(id);
      this.rebuildReach(affected);
      return this.get(id);
    })();
  }

  /**
   * Moves every use of the source (and its sub-tags) onto the target, then deletes the
   * source: `A/x` merged into `B` puts `A/x/y` at `B/y`, merging again where `B/y` exists.
   */
  merge(sourceId: number, targetId: number): Tag {
    return this.db.transaction(() => {
      if (sourceId === targetId) throw new ApiError('invalid_input', 'A tag cannot be merged into itself.');
      const source = this.get(sourceId);
      const target = this.get(targetId);
      if (isBelow(target.path, source.path)) throw new ApiError('invalid_input', `“${source.path}” cannot be merged into a tag below it.`);
      // Merging into an ancestor: lift the source out of the target's subtree first, so
      // that none of its sub-tags mistakes the source itself for its twin in the target.
      const lifted = isBelow(source.path, target.path) ? this.move(source.id, `\uffff${source.id}`) : source;
      this.mergeInto(lifted, target);
      return this.get(targetId);
    })();
  }

  /** Deletes the tag and every tag below it; returns how many tags went. */
  delete(id: number): number {
    return this.db.transaction(() => {
      this.get(id);
      const ids = this.subtreeIds(id);
      const list = JSON.stringify(ids);
      statement(this.db, 'DELETE FROM clipping_tags WHERE tag_id IN (SELECT value FROM json_each(?))').run(list);
      statement(this.db, 'DELETE FROM tag_closure WHERE descendant_id IN (SELECT value FROM json_each(?))').run(list);
      // Deepest first, so no tag is deleted while a child still points at it.
      for (const tagId of [...ids].reverse()) statement(this.db, 'DELETE FROM tags WHERE id = ?').run(tagId);
      return ids.length;
    })();
  }

  /** Adds and removes tags on clippings; returns how many clipping-tag pairs changed. */
  apply(clippingIds: number[], add: string[], remove: number[], now = new Date()): number {
    return this.db.transaction(() => {
      const addIds = [...new Set(add.map((path) => this.ensure(path, now).id))];
      let changed = 0;
      const insert = statement(this.db, 'INSERT OR IGNORE INTO clipping_tags (clipping_id, tag_id) SELECT value, ? FROM json_each(?) WHERE value IN (SELECT id FROM clippings)');
      const drop = statement(this.db, 'DELETE FROM clipping_tags WHERE tag_id = ? AND clipping_id IN (SELECT value FROM json_each(?))');
      for (const chunk of inChunks(clippingIds, 5000)) {
        const list = JSON.stringify(chunk);
        for (const tagId of addIds) changed += insert.run(tagId, list).changes;
        for (const tagId of remove) changed += drop.run(tagId, list).changes;
      }
      return changed;
    })();
  }

  private insert(path: string, parentId: number | null, now: Date): Tag {
    const { lastInsertRowid } = statement(this.db, 'INSERT INTO tags (parent_id, name, path, created_at) VALUES (?, ?, ?, ?)')
      .run(parentId, lastSegment(path), path, now.toISOString());
    const id = Number(lastInsertRowid);
    statement(
      this.db,
        `INSERT INTO tag_closure (ancestor_id, descendant_id, depth)
         SELECT ancestor_id, ?, depth + 1 FROM tag_closure WHERE descendant_id = ?
         UNION ALL SELECT ?, ?, 0`,
      )
      .run(id, parentId, id, id);
    return this.get(id);
  }

  private mergeInto(source: Tag, target: Tag): void {
    const children = statement(this.db, `SELECT ${TAG_COLUMNS} FROM tags WHERE parent_id = ?`).all(source.id) as TagRow[];
    for (const child of children.map(toTag)) {
      const twin = this.findByPath(`${target.path}${TAG_PATH_SEPARATOR}${child.name}`);
      if (twin) this.mergeInto(child, twin);
      else this.move(child.id, `${target.path}${TAG_PATH_SEPARATOR}${child.name}`);
    }
    statement(this.db, 'INSERT OR IGNORE INTO clipping_tags (clipping_id, tag_id) SELECT clipping_id, ? FROM clipping_tags WHERE tag_id = ?')
      .run(target.id, source.id);
    statement(this.db, 'DELETE FROM clipping_tags WHERE tag_id = ?').run(source.id);
    statement(this.db, 'INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) SELECT annotation_id, ? FROM annotation_tags WHERE tag_id = ?')
      .run(target.id, source.id);
    statement(this.db, 'DELETE FROM annotation_tags WHERE tag_id = ?').run(source.id);
    statement(this.db, 'DELETE FROM tag_closure WHERE descendant_id = ? OR ancestor_id = ?').run(source.id, source.id);
    if (target.color === null && source.color !== null) statement(this.db, 'UPDATE tags SET color = ? WHERE id = ?').run(source.color, target.id);
    statement(this.db, 'DELETE FROM tags WHERE id = ?').run(source.id);
  }

  /** Ids of the tag and all below it, parents before children. */
  private subtreeIds(id: number): number[] {
    const rows = statement(this.db, 'SELECT descendant_id AS id FROM tag_closure WHERE ancestor_id = ? ORDER BY depth, descendant_id')
      .all(id) as Array<{ id: number }>;
    return rows.map((row) => row.id);
  }

  private clippingsUnder(id: number): number[] {
    const rows = statement(this.db, 'SELECT clipping_id AS id FROM tag_reach WHERE tag_id = ?').all(id) as Array<{ id: number }>;
    return rows.map((row) => row.id);
  }

  private renameSubtree(oldPath: string, newPath: string): void {
    // Two steps through temporary paths: a plain rename could collide with itself mid-way.
    const below = statement(this.db, `SELECT id, path FROM tags WHERE path = ? OR substr(path, 1, ?) = ?`)
      .all(oldPath, oldPath.length + 1, `${oldPath}${TAG_PATH_SEPARATOR}`) as Array<{ id: number; path: string }>;
    const update = statement(this.db, 'UPDATE tags SET path = ? WHERE id = ?');
    for (const row of below) update.run(`\uffff${row.id}`, row.id);
    for (const row of below) update.run(newPath + row.path.slice(oldPath.length), row.id);
  }

  /** Recomputes the ancestors of a moved tag and of every tag below it. */
  private rebuildClosure(id: number): void {
    const subtree = this.subtreeIds(id);
    const list = JSON.stringify(subtree);
    statement(
      this.db,
        `DELETE FROM tag_closure WHERE descendant_id IN (SELECT value FROM json_each(?))
         AND ancestor_id NOT IN (SELECT value FROM json_each(?))`,
      )
      .run(list, list);
    statement(
      this.db,
        `INSERT INTO tag_closure (ancestor_id, descendant_id, depth)
         SELECT up.ancestor_id, down.descendant_id, up.depth + down.depth + 1
         FROM tag_closure up, tag_closure down, tags moved
         WHERE moved.id = ? AND up.descendant_id = moved.parent_id AND down.ancestor_id = moved.id`,
      )
      .run(id);
  }

  private rebuildReach(clippingIds: number[]): void {
    for (const chunk of inChunks(clippingIds, 5000)) {
      statement(
        this.db,
          `INSERT OR IGNORE INTO tag_reach (tag_id, clipping_id)
           SELECT tc.ancestor_id, ct.clipping_id FROM clipping_tags ct JOIN tag_closure tc ON tc.descendant_id = ct.tag_id
           WHERE ct.clipping_id IN (SELECT value FROM json_each(?))`,
        )
        .run(JSON.stringify(chunk));
    }
  }
}

function toTag(row: TagRow): Tag {
  return { id: row.id, parentId: row.parent_id, name: row.name, path: row.path, color: row.color, count: row.clipping_count };
}

function lastSegment(path: string): string {
  return path.split(TAG_PATH_SEPARATOR).at(-1) ?? path;
}

/** `candidate` is `path` itself or somewhere below it (case-insensitively, as paths are unique). */
function isBelow(candidate: string, path: string): boolean {
  const a = foldCase(candidate);
  const b = foldCase(path);
  return a === b || a.startsWith(`${b}${TAG_PATH_SEPARATOR}`);
}
