import { useQuery } from '@tanstack/react-query';
import { useClient } from '../api/client-context';
import { readerQueryKeys } from './reader-query-keys';

/** Every live capture of the clipping's article, oldest first; only asked for when there are several. */
export function useClippingVersions(id: number, enabled: boolean) {
  const client = useClient();
  return useQuery({
    queryKey: readerQueryKeys.versions(id),
    queryFn: () => client.clippings.versions({ id }),
    enabled,
  });
}
