import { keepPreviousData, useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { AnnotationListItem, AnnotationPage } from '../../../shared/domain/annotation';
import { useClient } from '../api/client-context';
import { pagesInRange } from '../clippings/list-pages';
import type { AnnotationRequest } from './annotation-filters';
import { ANNOTATION_PAGE_SIZE } from './annotation-pages';
import { annotationViewKeys } from './annotation-query-keys';

/** How many live annotations there are: one row asked for, the total read off the answer. */
export function useAnnotationCount() {
  const client = useClient();
  return useQuery({
    queryKey: annotationViewKeys.count,
    queryFn: async () => (await client.annotations.search({ limit: 1 })).total,
  });
}

/** Speakers, tags and outlets for the filter menus. */
export function useAnnotationFacets(enabled = true) {
  const client = useClient();
  return useQuery({ queryKey: annotationViewKeys.facets, queryFn: () => client.annotations.facets({}), enabled });
}

/** The first page: the total and the first rows. While a new request loads, the previous answer stays. */
export function useAnnotationHead(request: AnnotationRequest) {
  const client = useClient();
  return useQuery({
    queryKey: annotationViewKeys.page(request, 0),
    queryFn: () => client.annotations.search({ ...request, limit: ANNOTATION_PAGE_SIZE, offset: 0 }),
    placeholderData: keepPreviousData,
  });
}

/** The pages covering rows first..last: only what the window shows, never the whole set. */
export function useAnnotationWindow(request: AnnotationRequest, first: number, last: number) {
  const client = useClient();
  const head = useAnnotationHead(request);
  const total = head.data?.total ?? 0;
  const wanted = pagesInRange(first, last, total, ANNOTATION_PAGE_SIZE).filter((page) => page > 0);
  const rest = useQueries({
    queries: wanted.map((page) => ({
      queryKey: annotationViewKeys.page(request, page),
      queryFn: () => client.annotations.search({ ...request, limit: ANNOTATION_PAGE_SIZE, offset: page * ANNOTATION_PAGE_SIZE }),
    })),
  });

  // Rebuilt only when a page arrives or the window moves to other pages.
  const signature = `${JSON.stringify(request)}|${head.dataUpdatedAt}:${head.isPlaceholderData}|${wanted.map((page, at) => `${page}:${rest[at]?.dataUpdatedAt}`).join(',')}`;
  const pages = useMemo(() => {
    const map = new Map<number, AnnotationPage>();
    if (head.data) map.set(0, head.data);
    wanted.forEach((page, at) => {
      const data = rest[at]?.data;
      if (data) map.set(page, data);
    });
    return map;
  }, [signature]); // eslint-disable-line react-hooks/exhaustive-deps

  return { head, total, pages };
}

/** The rows of one request already in the cache (no fetch). */
export function cachedAnnotations(queryClient: QueryClient, request: AnnotationRequest): AnnotationListItem[] {
  return queryClient
    .getQueriesData<AnnotationPage>({ queryKey: annotationViewKeys.list(request) })
    .flatMap(([, page]) => page?.items ?? []);
}
