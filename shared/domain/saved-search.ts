import type { ListSort } from './list-query';

/** A search kept in the sidebar: a query in the search syntax and how to sort it. */
export interface SavedSearch {
  id: number;
  name: string;
  query: string;
  sort: ListSort;
}
