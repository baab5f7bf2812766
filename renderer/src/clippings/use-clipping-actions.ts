import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClippingSummary } from '../../../shared/domain/clipping';
import { useClient } from '../api/client-context';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../api/query-keys';
import { useSelection } from '../layout/selection-context';
import { LIBRARY_SCOPE, type LibraryScope } from '../library/library-scope';
import { useToast } from '../ui/toast-context';
import { PAGE_SIZE } from './list-pages';
import { cachedRows, neighbourOf } from './use-clipping-queries';
import { useListParams } from './use-list-params';

/**
 * Move to Trash. The neighbouring row is selected first: it is in the list both
 * before and after the refetch, so the selection never jumps. The toast offers Undo.
 */
export function useTrashClipping() {
  const client = useClient();
  const queryClient = useQueryClient();
  const { select, scope } = useSelection();
  const { params } = useListParams();
  const toast = useToast();
  const restore = useRestoreClipping();

  return useMutation({
    mutationFn: (clipping: Pick<ClippingSummary, 'id'>) => client.clippings.trash({ id: clipping.id }),
    onSuccess: async (trashed) => {
      select(neighbourOf(cachedRows(queryClient, params), trashed.id), scope);
      toast.show({
        title: `Moved “${trashed.title}” to Trash`,
        action: {
          label: 'Undo',
          altText: 'Restore the clipping from Trash',
          run: () => restore.mutate({ clipping: trashed, undo: true, scope }),
        },
      });
      await queryClient.invalidateQueries({ queryKey: queryKeys.all });
    },
    onError: (error) => toast.show({ kind: 'error', title: errorMessage(error) }),
  });
}

/**
 * Restore from Trash. From the Trash view the neighbouring row is selected; an Undo
 * selects the restored clipping where it was trashed from, once the list holds it again.
 */
export function useRestoreClipping() {
  const client = useClient();
  const queryClient = useQueryClient();
  const { select } = useSelection();
  const { params } = useListParams();
  const toast = useToast();

  return useMutation({
    mutationFn: ({ clipping }: { clipping: Pick<ClippingSummary, 'id'>; undo?: boolean; scope?: LibraryScope }) =>
      client.clippings.restore({ id: clipping.id }),
    onSuccess: async (restored, { undo, scope }) => {
      if (!undo) {
        select(neighbourOf(cachedRows(queryClient, params), restored.id));
        toast.show({ title: `Restored “${restored.title}” to the Library` });
      }
      await queryClient.invalidateQueries({ queryKey: queryKeys.all });
      if (undo) select(restored.id, scope ?? LIBRARY_SCOPE);
    },
    onError: (error) => toast.show({ kind: 'error', title: errorMessage(error) }),
  });
}

/** Rename; errors are returned to the caller, which shows them beside the title field. */
export function useRenameClipping() {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; title: string }) => client.clippings.update(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.all }),
  });
}

/** Loads the sample dossier and selects its newest clipping. */
export function useLoadSamples() {
  const client = useClient();
  const queryClient = useQueryClient();
  const { select } = useSelection();
  const toast = useToast();

  return useMutation({
    mutationFn: async () => {
      const { created, ids } = await client.samples.load({});
      // "Newest" is the list's order, not id order: ask the list which sample comes first.
      const page = await client.clippings.list({ view: 'library', limit: PAGE_SIZE });
      const wanted = new Set(ids);
      const newest = page.items.find((item) => wanted.has(item.id))?.id ?? (ids.length ? Math.max(...ids) : null);
      return { created, newest };
    },
    onSuccess: async ({ created, newest }) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.all });
      select(newest, LIBRARY_SCOPE);
      toast.show({
        title: created > 0 ? `Loaded ${created} sample clipping${created === 1 ? '' : 's'}` : 'The sample dossier is already in your library',
      });
    },
    onError: (error) => toast.show({ kind: 'error', title: errorMessage(error) }),
  });
}
