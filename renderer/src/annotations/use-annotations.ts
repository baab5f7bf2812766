import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/api/contract';
import type { Annotation } from '../../../shared/domain/annotation';
import { useClient } from '../api/client-context';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../api/query-keys';
import { useToast } from '../ui/toast-context';

/** A clipping's annotations, in document order (page notes first). */
export function useAnnotations(clippingId: number | null) {
  const client = useClient();
  return useQuery({
    queryKey: queryKeys.annotationsOf(clippingId ?? 0),
    queryFn: () => client.annotations.list({ clippingId: clippingId! }),
    enabled: clippingId !== null,
  });
}

/** After any change: the annotation queries, and the list (comments are searched with the clipping). */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.annotations }),
      queryClient.invalidateQueries({ queryKey: ['clippings', 'list'] }),
    ]);
}

export function useCreateAnnotation() {
  const client = useClient();
  const refresh = useRefresh();
  const toast = useToast();
  return useMutation({
    mutationFn: (input: MethodInput<'annotations.create'>) => client.annotations.create(input),
    onSuccess: refresh,
    onError: (error) => toast.show({ kind: 'error', title: errorMessage(error) }),
  });
}

export function useUpdateAnnotation() {
  const client = useClient();
  const refresh = useRefresh();
  const toast = useToast();
  return useMutation({
    mutationFn: (input: MethodInput<'annotations.update'>) => client.annotations.update(input),
    onSuccess: refresh,
    onError: (error) => toast.show({ kind: 'error', title: errorMessage(error) }),
  });
}

/** Delete, with Undo in the toast. */
export function useDeleteAnnotation() {
  const client = useClient();
  const refresh = useRefresh();
  const toast = useToast();
  return useMutation({
    mutationFn: async (annotation: Annotation) => {
      await client.annotations.delete({ id: annotation.id });
      return annotation;
    },
    onSuccess: async (annotation) => {
      toast.show({
        title: annotation.target ? 'Highlight deleted' : 'Page note deleted',
        action: {
          label: 'Undo',
          altText: 'Bring the annotation back',
          run: () => void client.annotations.restore({ id: annotation.id }).then(refresh, (error: unknown) => toast.show({ kind: 'error', title: errorMessage(error) })),
        },
      });
      await refresh();
    },
    onError: (error) => toast.show({ kind: 'error', title: errorMessage(error) }),
  });
}
