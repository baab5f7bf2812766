import { useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type DragEvent } from 'react';
import { errorMessage } from '../api/error-message';
import { focusReader } from '../layout/focus-reader';
import { useSelection } from '../layout/selection-context';
import { ClippingRow, optionId, PendingRow, ROW_HEIGHT } from './clipping-row';
import { CLIPPINGS_DRAG_TYPE, draggedIds } from './drag-rows';
import { indexOfRow, PAGE_SIZE, rowAt } from './list-pages';
import type { ListParams } from './list-query-keys';
import { useMarkRead } from './use-bulk-actions';
import { cachedRows } from './use-clipping-queries';
import { useListKeys } from './use-list-keys';
import { useListHead, useListWindow } from './use-list-window';
import { useRowSelection } from './use-row-selection';

/**
 * One list as a windowed listbox over all its rows: the scrollbar spans the total,
 * only the rows in view are in the DOM, and only their pages are fetched. Focus
 * stays on the listbox; the current row is its active descendant.
 */
export function ClippingList({ params }: { params: ListParams }) {
  const queryClient = useQueryClient();
  const { view, selectedId, selectedIds, anchor, select } = useSelection();
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = useListHead(params).data?.total ?? 0;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const windowRows = virtualizer.getVirtualItems();
  const first = windowRows[0]?.index ?? 0;
  const last = windowRows.at(-1)?.index ?? 0;
  const { head, pages } = useListWindow(params, first - 20, last + 30);
  const selectedIndex = selectedId === null ? -1 : indexOfRow(pages, selectedId);

  // Keep a current row whenever the list has rows: the first by default, or the
  // first again when the current one has left this list.
  const settled = head.isSuccess && !head.isPlaceholderData && !head.isFetching;
  // A row reached by a jump (End, a far shift-range) is current before its page has loaded: wait for it.
  const knownAt = anchor !== null && anchor.id === selectedId ? anchor.index : -1;
  const awaiting = knownAt >= 0 && !pages.has(Math.floor(knownAt / PAGE_SIZE));
  useEffect(() => {
    if (!settled || awaiting) return;
    const gone = selectedId !== null && !cachedRows(queryClient, params).some((row) => row.id === selectedId);
    if (selectedId === null || gone) select(rowAt(pages, 0)?.id ?? null, undefined, 0);
  }, [settled, awaiting, selectedId, queryClient, params, pages, select]);

  // A new query or order starts at the top.
  const listKey = JSON.stringify(params);
  useEffect(() => virtualizer.scrollToOffset(0), [listKey, virtualizer]);

  // Bring the current row into view when it changes (not on every refetch).
  const selectedIndexRef = useRef(selectedIndex);
  selectedIndexRef.current = selectedIndex;
  useEffect(() => {
    if (selectedIndexRef.current >= 0) virtualizer.scrollToIndex(selectedIndexRef.current, { align: 'auto' });
  }, [selectedId, virtualizer]);

  // Opening a clipping marks it read, as in a mail client.
  const markRead = useMarkRead();
  const currentRow = selectedIndex >= 0 ? rowAt(pages, selectedIndex) : undefined;
  const unreadId = currentRow && !currentRow.read && view === 'library' ? currentRow.id : null;
  useEffect(() => {
    if (unreadId !== null) markRead.mutate(unreadId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [unreadId]);

  const rows = useRowSelection(params, pages, total);
  const scrollTo = useCallback((index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }), [virtualizer]);
  const onKeyDown = useListKeys({ pages, total, scrollRef, scrollTo, ...rows });
  const onOpen = useCallback(
    (id: number, index: number) => {
      select(id, undefined, index);
      focusReader();
    },
    [select],
  );
  const onDragStart = useCallback(
    (id: number, event: DragEvent) => {
      event.dataTransfer.setData(CLIPPINGS_DRAG_TYPE, JSON.stringify(draggedIds(id, selectedIds)));
      event.dataTransfer.effectAllowed = 'copyMove';
    },
    [selectedIds],
  );

  if (head.isError) {
    return (
      <div className="list-message" role="alert">
        <p>{errorMessage(head.error)}</p>
        <button type="button" className="button" onClick={() => void head.refetch()}>
          Try again
        </button>
      </div>
    );
  }

  return (
    <div
      ref={scrollRef}
      className="clip-list"
      role="listbox"
      aria-label="Clippings"
      aria-multiselectable="true"
      aria-activedescendant={selectedId !== null && selectedIndex >= 0 ? optionId(selectedId) : undefined}
      aria-busy={head.isPending}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="clip-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {windowRows.map((item) => {
          const row = rowAt(pages, item.index);
          return row ? (
            <ClippingRow
              key={row.id}
              clipping={row}
              current={row.id === selectedId}
              selected={selectedIds.has(row.id)}
              index={item.index}
              setSize={total}
              top={item.start}
              onPress={rows.press}
              onOpen={onOpen}
              onDragStart={onDragStart}
            />
          ) : (
            <PendingRow key={`pending-${item.index}`} top={item.start} />
          );
        })}
      </div>
    </div>
  );
}
