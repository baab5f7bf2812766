import type Database from 'better-sqlite3';
import { ClippingList } from '../../electron/core/clippings/clipping-list';
import type { ClippingsRepo } from '../../electron/core/clippings/clippings-repo';
import type { ClippingPage, LibraryView } from '../../shared/domain/clipping';

/** A page of a view as the app asks for it: no search, newest first. */
export function listView(db: Database.Database, repo: ClippingsRepo, options: { view: LibraryView; limit: number; cursor?: string | null; query?: string }): ClippingPage {
  return new ClippingList(db, repo).page({ query: '', sort: 'captured', ...options });
}

export function countView(db: Database.Database, repo: ClippingsRepo, view: LibraryView): number {
  return listView(db, repo, { view, limit: 1 }).total;
}
