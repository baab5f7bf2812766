import type { LibraryView } from '../../../shared/domain/clipping';
import type { SortDirection } from '../../../shared/domain/list-query';

/** The sorts a keyset walks: each is one indexed column (see migration 0004), ties broken by id. */
export type KeyedSort = 'captured' | 'published' | 'title' | 'outlet';

const SORT_KEY: Record<KeyedSort, string> = {
  captured: 'c.created_at',
  published: 'c.published_sort',
  title: 'c.title_sort',
  outlet: 'c.outlet_sort',
};

/** The trash is ordered by when things were thrown away when sorted by capture. */
export function sortKeyOf(sort: KeyedSort, view: LibraryView): string {
  return view === 'trash' && sort === 'captured' ? 'c.trashed_at' : SORT_KEY[sort];
}

export function orderBy(key: string, direction: SortDirection): string {
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  return `${key} ${dir}, c.id ${dir}`;
}

/** Rows after the cursor's row in this order. */
export function afterCursor(key: string, direction: SortDirection): string {
  return `(${key}, c.id) ${direction === 'asc' ? '>' : '<'} (@cursorKey, @cursorId)`;
}
