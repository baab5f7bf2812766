import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Annotation } from '../../../shared/domain/annotation';
import { useClient } from '../api/client-context';
import { queryKeys } from '../api/query-keys';
import type { HighlightSpan } from './cell-marks';

/**
 * The comparison of `ids`, in that order (the first is the one the others are read
 * against). Under `['clippings']`, so a change to the library refreshes it; a new
 * order or a removed column keeps showing the last result until the new one is in.
 */
export function useComparison(ids: readonly number[]) {
  const client = useClient();
  return useQuery({
    queryKey: ['clippings', 'compare', ...ids],
    queryFn: () => client.compare.run({ ids: [...ids] }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** Each source's highlights, from the same queries the reader uses (so a new one shows in both). */
export function useSourceHighlights(ids: readonly number[]): HighlightSpan[][] {
  const client = useClient();
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKeys.annotationsOf(id),
      queryFn: () => client.annotations.list({ clippingId: id }),
    })),
  });
  // The deps are one string, as the number of sources can change between renders.
  const key = results.map((result, i) => `${ids[i]}@${result.dataUpdatedAt}`).join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => results.map((result) => spansOf(result.data)), [key]);
}

function spansOf(annotations: Annotation[] | undefined): HighlightSpan[] {
  return (annotations ?? [])
    .filter((a) => a.target && !a.orphaned)
    .map((a) => ({ id: a.id, start: a.target!.start, end: a.target!.end, color: a.color, comment: a.comment }));
}
