import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useClient } from '../api/client-context';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../api/query-keys';
import { useToast } from '../ui/toast-context';
import type { ClippingPage } from '../../../shared/domain/clipping';
import { listKeys } from './list-query-keys';

type Flags = { read?: boolean; starred?: boolean };

const clippings = (count: number) => `${count.toLocaleString()} clipping${count === 1 ? '' : 's'}`;

/** Star, unstar, mark read or unread: one clipping or a selection. */
export function useSetFlags() {
  const client = useClient();
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: ({ ids, ...flags }: { ids: number[] } & Flags) => client.clippings.setFlags({ ids, ...flags }),
    onMutate: ({ ids, ...flags }) => patchCachedRows(queryClient, new Set(ids), flags),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.all }),
    onError: (error) => toast.show({ kind: 'error', title: errorMessage(error) }),
  });
}

/**
 * Opening a clipping marks it read, like a mail client. Only the cached rows and
 * the counts change: the row stays where it is (even in Unread) until the list is
 * next refreshed, so reading never pulls the list out from under the reader.
 */
export function useMarkRead() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => client.clippings.setFlags({ ids: [id], read: true }),
    onMutate: (id) => patchCachedRows(queryClient, new Set([id]), { read: true }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.counts });
      void queryClient.invalidateQueries({ queryKey: queryKeys.count('library') });
    },
  });
}

/** Move a selection to Trash, with Undo in the toast. */
export function useTrashMany() {
  const client = useClient();
  const queryClient = useQueryClient();
  const toast = useToast();
  const restore = useRestoreMany({ quiet: true });
  return useMutation({
    mutationFn: (ids: number[]) => client.clippings.trashMany({ ids }),
    onSuccess: async ({ changed }, ids) => {
      toast.show({
        title: `Moved ${clippings(changed)} to Trash`,
        action: { label: 'Undo', altText: 'Restore them from Trash', run: () => restore.mutate(ids) },
      });
      await queryClient.invalidateQueries({ queryKey: queryKeys.all });
    },
    onError: (error) => toast.show({ kind: 'error', title: errorMessage(error) }),
  });
}

export function useRestoreMany({ quiet = false } = {}) {
  const client = useClient();
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: (ids: number[]) => client.clippings.restoreMany({ ids }),
    onSuccess: async ({ changed }) => {
      if (!quiet) toast.show({ title: `Restored ${clippings(changed)} to the Library` });
      await queryClient.invalidateQueries({ queryKey: queryKeys.all });
    },
    onError: (error) => toast.show({ kind: 'error', title: errorMessage(error) }),
  });
}

/** Deletes everything in the Trash for good (after the confirmation dialog). */
export function useEmptyTrash() {
  const client = useClient();
  const queryClient = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: () => client.trash.empty({}),
    onSuccess: async ({ deleted }) => {
      toast.show({ title: `Deleted ${clippings(deleted)} for good` });
      await queryClient.invalidateQueries({ queryKey: queryKeys.all });
    },
    onError: (error) => toast.show({ kind: 'error', title: errorMessage(error) }),
  });
}

function patchCachedRows(queryClient: QueryClient, ids: ReadonlySet<number>, flags: Flags): void {
  queryClient.setQueriesData<ClippingPage>({ queryKey: listKeys.windows }, (page) =>
    page && page.items.some((item) => ids.has(item.id))
      ? { ...page, items: page.items.map((item) => (ids.has(item.id) ? { ...item, ...flags } : item)) }
      : page,
  );
}
