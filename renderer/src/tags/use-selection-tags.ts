import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useClient } from '../api/client-context';
import { queryKeys } from '../api/query-keys';
import { findTagged, sharedTags } from './tags-on-clippings';

/**
 * The tags the clippings being tagged have now. One clipping is fetched (usually
 * already cached for the reader); a multi-selection is read from the rows the list
 * has loaded, as it was when the editor opened.
 */
export function useSelectionTags(clippingIds: readonly number[]) {
  const client = useClient();
  const queryClient = useQueryClient();
  const single = clippingIds.length === 1 ? (clippingIds[0] ?? null) : null;
  const item = useQuery({
    queryKey: queryKeys.item(single ?? 0),
    queryFn: () => client.clippings.get({ id: single! }),
    enabled: single !== null,
  });
  const [cached] = useState(() =>
    findTagged(
      queryClient.getQueriesData({ queryKey: queryKeys.all }).map(([, data]) => data),
      new Set(clippingIds),
    ),
  );
  const known = useMemo(() => (item.data ? [item.data] : cached), [item.data, cached]);
  return {
    shared: useMemo(() => sharedTags(known), [known]),
    /** How many of the clippings' tags are known. */
    known: known.length,
    title: item.data?.title ?? null,
    loading: single !== null && item.isPending && cached.length === 0,
  };
}
