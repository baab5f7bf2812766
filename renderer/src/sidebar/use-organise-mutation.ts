import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../api/query-keys';
import { useToast } from '../ui/toast-context';

interface Options<Input, Result> {
  run(input: Input): Promise<Result>;
  /** The toast after success, if any. */
  done?(result: Result, input: Input): string | null;
  /** Errors a caller handles itself (e.g. a rename onto an existing tag); the rest are toasts. */
  handles?(error: unknown): boolean;
}

/**
 * A change to tags, collections, outlets or saved searches: on success everything
 * under `clippings` is refetched (the list, the sidebar, every count), and what went
 * wrong is told in a toast in the core's own words.
 */
export function useOrganiseMutation<Input, Result>({ run, done, handles }: Options<Input, Result>) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: run,
    onSuccess: async (result, input) => {
      const title = done?.(result, input);
      if (title) toast.show({ title });
      await queryClient.invalidateQueries({ queryKey: queryKeys.all });
    },
    onError: (error) => {
      if (!handles?.(error)) toast.show({ kind: 'error', title: errorMessage(error) });
    },
  });
}

/** "1 clipping", "2,345 clippings". */
export function clippingsCount(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'clipping' : 'clippings'}`;
}
