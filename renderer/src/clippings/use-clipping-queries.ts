import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ClippingListItem, ClippingPage, ClippingSummary, LibraryView } from '../../../shared/domain/clipping';
import { useClient } from '../api/client-context';
import { queryKeys } from '../api/query-keys';
import { listKeys, type ListParams } from './list-query-keys';

/** How many clippings a view holds. */
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

/** The rows of one list already in the cache (no fetch), in list order; unloaded stretches are skipped. */
export function cachedRows(queryClient: QueryClient, params: ListParams): ClippingListItem[] {
  const pages = queryClient.getQueriesData<ClippingPage>({ queryKey: listKeys.list(params) });
  return pages
    .filter((entry): entry is [readonly unknown[], ClippingPage] => entry[1] !== undefined)
    .sort((a, b) => Number(a[0].at(-1)) - Number(b[0].at(-1)))
    .flatMap(([, page]) => page.items);
}

/** A row of any cached list, so the reader can show a title before the document arrives. */
export function findCachedRow(queryClient: QueryClient, id: number): ClippingListItem | undefined {
  for (const [, page] of queryClient.getQueriesData<ClippingPage>({ queryKey: listKeys.windows })) {
    const row = page?.items.find((item) => item.id === id);
    if (row) return row;
  }
  return undefined;
}

/** The row to select once `ids` leave the list: the next one down not leaving, else the one above. */
export function neighbourOf(rows: ClippingSummary[], id: number, leaving: ReadonlySet<number> = new Set([id])): number | null {
  const index = rows.findIndex((row) => row.id === id);
  if (index === -1) return null;
  const after = rows.slice(index + 1).find((row) => !leaving.has(row.id));
  const before = rows.slice(0, index).reverse().find((row) => !leaving.has(row.id));
  return after?.id ?? before?.id ?? null;
}
