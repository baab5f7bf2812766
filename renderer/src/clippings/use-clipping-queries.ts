import { useInfiniteQuery, useQuery, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import type { ClippingPage, ClippingSummary, LibraryView } from '../../../shared/domain/clipping';
import { useClient } from '../api/client-context';
import { queryKeys } from '../api/query-keys';

/** Rows fetched per page while scrolling; the window shows a few dozen at most. */
export const PAGE_SIZE = 100;

/** The list of one view, newest first, fetched a page at a time as the window scrolls. */
export function useClippingList(view: LibraryView) {
  const client = useClient();
  return useInfiniteQuery({
    queryKey: queryKeys.list(view),
    queryFn: ({ pageParam }) => client.clippings.list({ view, limit: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last: ClippingPage) => last.nextCursor,
  });
}

/** How many clippings a view holds, for the sidebar. */
export function useClippingCount(view: LibraryView) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.count(view),
    queryFn: async () => (await client.clippings.list({ view, limit: 1 })).total,
  });
}

export function useClipping(id: number | null) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.item(id ?? 0),
    queryFn: () => client.clippings.get({ id: id! }),
    enabled: id !== null,
  });
}

export function useAppInfo() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => client.app.info({}), staleTime: Infinity });
}

/** The rows of a view already in the cache (no fetch). */
export function cachedRows(queryClient: QueryClient, view: LibraryView): ClippingSummary[] {
  const data = queryClient.getQueryData<InfiniteData<ClippingPage>>(queryKeys.list(view));
  return data?.pages.flatMap((page) => page.items) ?? [];
}

/** The row to select once `id` leaves the view: the next one down, else the one above. */
export function neighbourOf(rows: ClippingSummary[], id: number): number | null {
  const index = rows.findIndex((row) => row.id === id);
  if (index === -1) return null;
  return rows[index + 1]?.id ?? rows[index - 1]?.id ?? null;
}
