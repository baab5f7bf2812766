import { useCallback, type MouseEvent } from 'react';
import type { ClippingPage } from '../../../shared/domain/clipping';
import { useSelection } from '../layout/selection-context';
import { isMac } from '../ui/platform';
import type { MoveHow } from './list-keys';
import { idsInRange, indexOfRow, rowAt } from './list-pages';
import type { ListParams } from './list-query-keys';
import { useListIds } from './use-list-window';

/**
 * Clicks and keys on rows → the selection. Rows that are not loaded (a shift-range
 * to a far row, ⌘A) are asked of the core by position with `clippings.ids`.
 */
export function useRowSelection(params: ListParams, pages: ReadonlyMap<number, ClippingPage>, total: number) {
  const { selectedId, anchor, select, toggle, moveCurrent, selectRange, selectAll } = useSelection();
  const fetchIds = useListIds(params);

  const idAt = useCallback(
    async (index: number): Promise<number | null> => rowAt(pages, index)?.id ?? (await fetchIds(index, 1))[0] ?? null,
    [pages, fetchIds],
  );

  /** Where the anchor is now: where it was set if it is still there, else wherever it is loaded. */
  const anchorIndex = useCallback((): number => {
    if (anchor && rowAt(pages, anchor.index)?.id === anchor.id) return anchor.index;
    const found = anchor ? indexOfRow(pages, anchor.id) : -1;
    if (found >= 0) return found;
    return selectedId === null ? -1 : indexOfRow(pages, selectedId);
  }, [anchor, pages, selectedId]);

  const extendTo = useCallback(
    async (id: number, index: number) => {
      const from = anchorIndex();
      if (from < 0) return select(id, undefined, index);
      const ids = idsInRange(pages, from, index) ?? (await fetchIds(Math.min(from, index), Math.abs(index - from) + 1));
      selectRange(ids, id, index);
    },
    [anchorIndex, pages, fetchIds, select, selectRange],
  );

  const press = useCallback(
    (id: number, index: number, event: MouseEvent) => {
      if (event.shiftKey) void extendTo(id, index);
      else if (isMac ? event.metaKey : event.ctrlKey) toggle(id, index);
      else select(id, undefined, index);
    },
    [extendTo, toggle, select],
  );

  const moveTo = useCallback(
    async (index: number, how: MoveHow) => {
      if (index < 0 || index >= total) return;
      const id = await idAt(index);
      if (id === null) return;
      if (how === 'extend') await extendTo(id, index);
      else if (how === 'keep') moveCurrent(id, index);
      else select(id, undefined, index);
    },
    [total, idAt, extendTo, moveCurrent, select],
  );

  const toggleCurrent = useCallback(() => {
    if (selectedId === null) return;
    toggle(selectedId, indexOfRow(pages, selectedId));
  }, [selectedId, pages, toggle]);

  const selectEverything = useCallback(async () => selectAll(await fetchIds(0)), [fetchIds, selectAll]);

  return { press, moveTo, toggleCurrent, selectEverything };
}
