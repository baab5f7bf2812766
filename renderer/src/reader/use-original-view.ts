import { useQuery } from '@tanstack/react-query';
import { useClient } from '../api/client-context';
import { readerQueryKeys } from './reader-query-keys';

/** The original page prepared for the sandboxed view; fetched only while the dialog is open. */
export function useOriginalView(id: number, enabled: boolean) {
  const client = useClient();
  return useQuery({
    queryKey: readerQueryKeys.original(id),
    queryFn: () => client.clippings.original({ id }),
    enabled,
    // The original never changes; its HTML can be large, so it is not kept once closed.
    staleTime: Infinity,
    gcTime: 0,
  });
}
