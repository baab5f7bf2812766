import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { ListSort } from '../../../shared/domain/list-query';
import type { SavedSearch } from '../../../shared/domain/saved-search';

/** Searches kept in the sidebar. */
export class SavedSearchesRepo {
  constructor(private readonly db: Database.Database) {}

  list(): SavedSearch[] {
    return this.db.prepare('SELECT id, name, query, sort FROM saved_searches ORDER BY name COLLATE NOCASE, id').all() as SavedSearch[];
  }

  get(id: number): SavedSearch {
    const row = this.db.prepare('SELECT id, name, query, sort FROM saved_searches WHERE id = ?').get(id) as SavedSearch | undefined;
    if (!row) throw new ApiError('not_found', `There is no saved search with id ${id}.`);
    return row;
  }

  create(search: { name: string; query: string; sort: ListSort }, now = new Date()): SavedSearch {
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO saved_searches (name, query, sort, created_at) VALUES (?, ?, ?, ?)')
      .run(search.name, search.query, search.sort, now.toISOString());
    return this.get(Number(lastInsertRowid));
  }

  update(id: number, patch: { name?: string; query?: string; sort?: ListSort }): SavedSearch {
    const current = this.get(id);
    const next = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) };
    this.db.prepare('UPDATE saved_searches SET name = ?, query = ?, sort = ? WHERE id = ?').run(next.name, next.query, next.sort, id);
    return this.get(id);
  }

  delete(id: number): number {
    return this.db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes;
  }
}
