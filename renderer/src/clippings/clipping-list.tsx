import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { LibraryView } from '../../../shared/domain/clipping';
import { errorMessage } from '../api/error-message';
import { focusReader } from '../layout/focus-reader';
import { useSelection } from '../layout/selection-context';
import { ClippingRow, optionId, PendingRow, ROW_HEIGHT } from './clipping-row';
import { listCommandFor } from './list-keys';
import { useTrashClipping } from './use-clipping-actions';
import { useClippingList } from './use-clipping-queries';

/** Start fetching the next page this many rows before the window reaches the end. */
const PREFETCH_ROWS = 30;

/**
 * The clippings of one view, newest first, as a windowed listbox: only the rows in
 * view are in the DOM, and pages are fetched as the window approaches them. Focus
 * stays on the listbox; the selected row is its active descendant.
 */
export function ClippingList({ view }: { view: LibraryView }) {
  const list = useClippingList(view);
  const { selectedId, select, requestRename } = useSelection();
  const trash = useTrashClipping();
  const scrollRef = useRef<HTMLDivElement>(null);

  const rows = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total ?? 0;
  const count = list.hasNextPage ? Math.max(total, rows.length) : rows.length;
  const selectedIndex = selectedId === null ? -1 : rows.findIndex((row) => row.id === selectedId);

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => rows[index]?.id ?? `pending-${index}`,
  });
  const windowRows = virtualizer.getVirtualItems();
  const lastVisible = windowRows.at(-1)?.index ?? -1;

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastVisible >= rows.length - PREFETCH_ROWS) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastVisible, rows.length]);

  // Keep a selection whenever the view has rows: the newest by default, or the
  // first row again if the selected clipping has left this view.
  const settled = list.isSuccess && !list.isFetching;
  useEffect(() => {
    if (!settled) return;
    const stale = selectedId !== null && selectedIndex === -1 && !hasNextPage;
    if (selectedId === null || stale) select(rows[0]?.id ?? null, view);
  }, [settled, selectedId, selectedIndex, hasNextPage, rows, select, view]);

  // Bring the selection into view when it changes (not on every refetch).
  const selectedIndexRef = useRef(selectedIndex);
  selectedIndexRef.current = selectedIndex;
  useEffect(() => {
    if (selectedIndexRef.current >= 0) virtualizer.scrollToIndex(selectedIndexRef.current, { align: 'auto' });
  }, [selectedId, virtualizer]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const command = listCommandFor(event);
      if (!command || rows.length === 0) return;
      event.preventDefault();
      const current = rows[selectedIndex];
      if (command.type === 'move') {
        const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
        const next = selectedIndex === -1 ? 0 : command.to(selectedIndex, rows.length, page);
        select(rows[next]?.id ?? null, view);
      } else if (command.type === 'open') {
        if (current) focusReader();
      } else if (command.type === 'trash') {
        if (current && view === 'library' && !trash.isPending) trash.mutate(current);
      } else if (current) {
        requestRename();
      }
    },
    [rows, selectedIndex, select, view, trash, requestRename],
  );

  const onSelect = useCallback((id: number) => select(id, view), [select, view]);
  const onOpen = useCallback(
    (id: number) => {
      select(id, view);
      focusReader();
    },
    [select, view],
  );

  if (list.isError) {
    return (
      <div className="list-message" role="alert">
        <p>{errorMessage(list.error)}</p>
        <button type="button" className="button" onClick={() => void list.refetch()}>
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
      aria-activedescendant={selectedId !== null && selectedIndex >= 0 ? optionId(selectedId) : undefined}
      aria-busy={list.isPending || isFetchingNextPage}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="clip-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {windowRows.map((item) => {
          const row = rows[item.index];
          return row ? (
            <ClippingRow
              key={item.key}
              clipping={row}
              selected={row.id === selectedId}
              index={item.index}
              setSize={count}
              top={item.start}
              onSelect={onSelect}
              onOpen={onOpen}
            />
          ) : (
            <PendingRow key={item.key} top={item.start} />
          );
        })}
      </div>
    </div>
  );
}
