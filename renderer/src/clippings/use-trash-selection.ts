import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSelection } from '../layout/selection-context';
import { cachedRows, neighbourOf } from './use-clipping-queries';
import { useListParams } from './use-list-params';
import { useTrashMany } from './use-bulk-actions';

/**
 * Moves clippings of the list to Trash (Delete, the bulk bar). The row after the
 * current one that stays is selected first, so the selection never jumps to the top.
 * In the Trash view nothing happens: deleting for good is Empty Trash.
 */
export function useTrashSelection() {
  const queryClient = useQueryClient();
  const { view, selectedId, select } = useSelection();
  const { params } = useListParams();
  const trashMany = useTrashMany();

  return useCallback(
    (ids: number[]) => {
      if (view !== 'library' || ids.length === 0 || trashMany.isPending) return;
      const leaving = new Set(ids);
      const current = selectedId ?? ids[0]!;
      select(neighbourOf(cachedRows(queryClient, params), current, leaving));
      trashMany.mutate(ids);
    },
    [view, selectedId, select, queryClient, params, trashMany],
  );
}
