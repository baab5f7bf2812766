import { useMemo } from 'react';
import type { ListSort } from '../../../shared/domain/list-query';
import { parseQuery } from '../../../shared/search/parse-query';
import { useSelection } from '../layout/selection-context';
import { listQueryOf } from '../library/library-scope';
import type { ListParams } from './list-query-keys';

/** True when a query has words to rank by (filters alone have no relevance). */
export function hasSearchWords(query: string): boolean {
  return parseQuery(query).terms.some((term) => !term.negated);
}

/** Relevance without search words lists in capture order, as the core does. */
export function shownSort(sort: ListSort, words: boolean): ListSort {
  return sort === 'relevance' && !words ? 'captured' : sort;
}

/**
 * The list the user is looking at: the scope's filters and the search words
 * (debounced by the search box before they reach the selection), in the chosen order.
 */
export function useListParams(): { params: ListParams; words: boolean } {
  const { view, scope, searchText, sort, direction } = useSelection();
  const query = listQueryOf(scope, searchText);
  return useMemo(() => {
    const words = hasSearchWords(query);
    // Relevance without words falls back to newest first, whatever direction was last chosen for relevance.
    const fallback = sort === 'relevance' && !words;
    return { params: { view, query, sort: fallback ? 'captured' : sort, direction: fallback ? 'desc' : direction }, words };
  }, [view, query, sort, direction]);
}
