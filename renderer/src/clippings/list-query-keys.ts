import type { LibraryView } from '../../../shared/domain/clipping';
import type { ListSort, SortDirection } from '../../../shared/domain/list-query';
import { queryKeys } from '../api/query-keys';

/** Which rows in which order: what `clippings.list` and `clippings.ids` share. */
export interface ListParams {
  view: LibraryView;
  query: string;
  sort: ListSort;
  direction: SortDirection;
}

/** Under `['clippings']`, so any change to clippings refreshes the list windows. */
export const listKeys = {
  windows: [...queryKeys.all, 'window'] as const,
  list: (params: ListParams) => [...queryKeys.all, 'window', params.view, params.query, params.sort, params.direction] as const,
  page: (params: ListParams, page: number) => [...listKeys.list(params), page] as const,
};
