import { keepPreviousData, useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { ClippingPage } from '../../../shared/domain/clipping';
import type { DossierClient } from '../../../shared/api/client';
import { useClient } from '../api/client-context';
import { listKeys, type ListParams } from './list-query-keys';
import { PAGE_SIZE, pageRequest, pagesInRange } from './list-pages';

/**
 * The first page of a list: its total, how the query was read, and the first rows.
 * While a new query loads, the previous answer stays on screen.
 */
export function useListHead(params: ListParams) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: listKeys.page(params, 0),
    queryFn: () => fetchPage(client, queryClient, params, 0),
    placeholderData: keepPreviousData,
  });
}

/** The pages covering rows first..last: only what the window shows, never the whole list. */
export function useListWindow(params: ListParams, first: number, last: number) {
  const client = useClient();
  const queryClient = useQueryClient();
  const head = useListHead(params);
  const total = head.data?.total ?? 0;
  const wanted = pagesInRange(first, last, total).filter((page) => page > 0);
  const rest = useQueries({
    queries: wanted.map((page) => ({
      queryKey: listKeys.page(params, page),
      queryFn: () => fetchPage(client, queryClient, params, page),
    })),
  });

  // Rebuilt only when a page arrives or the window moves to other pages.
  const signature = `${JSON.stringify(params)}|${head.dataUpdatedAt}:${head.isPlaceholderData}|${wanted.map((page, at) => `${page}:${rest[at]?.dataUpdatedAt}`).join(',')}`;
  const pages = useMemo(() => {
    const map = new Map<number, ClippingPage>();
    // While a new query loads, the previous first page stays on screen (no flash while typing).
    if (head.data) map.set(0, head.data);
    wanted.forEach((page, at) => {
      const data = rest[at]?.data;
      if (data) map.set(page, data);
    });
    return map;
  }, [signature]); // eslint-disable-line react-hooks/exhaustive-deps

  return { head, total, pages, fetchingMore: rest.some((result) => result.isFetching) };
}

/** Ids of a stretch of the list (a shift-range beyond the loaded rows, or everything). */
export function useListIds(params: ListParams) {
  const client = useClient();
  return useCallback(
    (offset: number, limit?: number) => client.clippings.ids({ ...params, offset, ...(limit ? { limit } : {}) }),
    [client, params],
  );
}

async function fetchPage(client: DossierClient, queryClient: QueryClient, params: ListParams, page: number): Promise<ClippingPage> {
  const request = pageRequest(page, page > 0 ? usableCursor(queryClient, params, page - 1) : null);
  return client.clippings.list({ ...params, limit: PAGE_SIZE, ...request });
}

/**
 * The previous page's cursor, only while that page is current: right after a change
 * every page refetches at once, and a cursor from the old page 0 would skip or repeat
 * rows, so those go by offset.
 */
function usableCursor(queryClient: QueryClient, params: ListParams, page: number): string | null {
  const state = queryClient.getQueryState<ClippingPage>(listKeys.page(params, page));
  if (!state?.data || state.isInvalidated || state.fetchStatus === 'fetching') return null;
  return state.data.nextCursor;
}
