import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AnnotationListItem } from '../../../shared/domain/annotation';
import { useClient } from '../api/client-context';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../api/query-keys';
import { useToast } from '../ui/toast-context';

/** Delete (the list's Delete key), with Undo in the toast: a deleted annotation can be restored. */
export function useDeleteAnnotation() {
  const client = useClient();
  const queryClient = useQueryClient();
  const toast = useToast();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.annotations });

  const restore = useMutation({
    mutationFn: (id: number) => client.annotations.restore({ id }),
    onSettled: refresh,
    onError: (error) => toast.show({ kind: 'error', title: errorMessage(error) }),
  });

  return useMutation({
    mutationFn: (item: AnnotationListItem) => client.annotations.delete({ id: item.id }),
    onSuccess: async (_result, item) => {
      toast.show({
        title: item.target ? 'Deleted the highlight' : 'Deleted the page note',
        action: { label: 'Undo', altText: 'Restore the annotation', run: () => restore.mutate(item.id) },
      });
      await refresh();
    },
    onError: (error) => toast.show({ kind: 'error', title: errorMessage(error) }),
  });
}
