import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useClient } from '../api/client-context';
import { queryKeys } from '../api/query-keys';
import type { MetadataUpdate } from './metadata-draft';

/**
 * Saves metadata edits. The list and reader are refetched before the mutation
 * settles, so the form never flashes the old values after a save. Errors go back
 * to the form, which shows them beside the fields.
 */
export function useUpdateMetadata() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: MetadataUpdate) => client.clippings.update(update),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.all }),
  });
}
