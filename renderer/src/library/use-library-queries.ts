import { useQuery } from '@tanstack/react-query';
import { useClient } from '../api/client-context';
import { queryKeys } from '../api/query-keys';

/** The sidebar's data: fetched once, refreshed whenever anything under `clippings` is invalidated. */
export function useTags() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.tags, queryFn: () => client.tags.list({}) });
}

export function useCollections() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.collections, queryFn: () => client.collections.list({}) });
}

export function useOutlets() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.outlets, queryFn: () => client.outlets.list({}) });
}

export function useSavedSearches() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.searches, queryFn: () => client.searches.list({}) });
}

export function useLibraryCounts() {
  const client = useClient();
  return useQuery({ queryKey: queryKeys.counts, queryFn: () => client.library.counts({}) });
}
