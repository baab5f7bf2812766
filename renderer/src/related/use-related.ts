import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys';
import { useClient } from '../api/client-context';

/** How many other clippings the Related panel lists. */
export const RELATED_LIMIT = 12;

/** Other coverage of the clipping's story, best first (asked for only while the panel is open). */
export function useRelated(id: number) {
  const client = useClient();
  return useQuery({
    queryKey: [...queryKeys.all, 'related', id] as const,
    queryFn: () => client.clippings.related({ id, limit: RELATED_LIMIT }),
  });
}
