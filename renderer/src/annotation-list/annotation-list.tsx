import { useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { AnnotationListItem } from '../../../shared/domain/annotation';
import { useClient } from '../api/client-context';
import { errorMessage } from '../api/error-message';
import { useAnnotationFocus } from '../annotations/annotation-focus';
import { quoteRequestFor } from '../annotations/note-citing';
import { listCommandFor } from '../clippings/list-keys';
import { focusReader } from '../layout/focus-reader';
import { useQuoteInNote } from '../notes/quote-request';
import type { AnnotationRequest } from './annotation-filters';
import { annotationAt, indexOfAnnotation } from './annotation-pages';
import { AnnotationRow, annotationOptionId, ESTIMATED_ROW_HEIGHT, PendingAnnotationRow } from './annotation-row';
import type { AnnotationRowAction } from './annotation-row-menu';
import { useAnnotationView } from './annotation-view-state';
import { cachedAnnotations, useAnnotationHead, useAnnotationWindow } from './use-annotation-queries';
import { useDeleteAnnotation } from './use-delete-annotation';
import { useSelectAnnotation } from './use-select-annotation';

export const ANNOTATION_LIST_LABEL = 'Annotations';

/**
 * The annotations as a windowed listbox: rows are measured as drawn (a quote takes one
 * to three lines), only the rows in view are in the DOM and only their pages are
 * fetched. Focus stays on the listbox; the current row is its active descendant.
 * ↑/↓, Page Up/Down, Home/End move; Enter opens the reader; Delete deletes (with Undo);
 * Shift+F10 or the menu key opens the current row's menu (Add to note, Show, Delete).
 */
export function AnnotationList({ request }: { request: AnnotationRequest }) {
  const client = useClient();
  const queryClient = useQueryClient();
  const { current, setCurrent } = useAnnotationView();
  const { focusAnnotation } = useAnnotationFocus();
  const selectRow = useSelectAnnotation();
  const remove = useDeleteAnnotation();
  const quoteInNote = useQuoteInNote();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [menuFor, setMenuFor] = useState<number | null>(null);

  const total = useAnnotationHead(request).data?.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 6,
  });
  const windowRows = virtualizer.getVirtualItems();
  const first = windowRows[0]?.index ?? 0;
  const last = windowRows.at(-1)?.index ?? 0;
  const { head, pages } = useAnnotationWindow(request, first - 10, last + 20);
  const currentIndex = current === null ? -1 : indexOfAnnotation(pages, current.annotationId);

  // A new request starts at the top.
  const requestKey = JSON.stringify(request);
  useEffect(() => virtualizer.scrollToOffset(0), [requestKey, virtualizer]);

  // Bring the current row into view when it changes (and when the view is shown again).
  const indexRef = useRef(currentIndex);
  indexRef.current = currentIndex >= 0 ? currentIndex : (current?.index ?? -1);
  useEffect(() => {
    if (indexRef.current >= 0 && indexRef.current < virtualizer.options.count) virtualizer.scrollToIndex(indexRef.current, { align: 'auto' });
  }, [current?.annotationId, virtualizer]);

  // Shown again with a current row: ask the reader to find it again.
  useEffect(() => {
    if (current) focusAnnotation(current.annotationId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Keep a current row whenever there are rows: the first by default, or the first
  // again when the current one has left the list (deleted, or filtered out).
  const settled = head.isSuccess && !head.isPlaceholderData && !head.isFetching;
  useEffect(() => {
    if (!settled) return;
    if (current && cachedAnnotations(queryClient, request).some((row) => row.id === current.annotationId)) return;
    const top = annotationAt(pages, 0);
    if (top) selectRow(top, 0);
    else if (current) setCurrent(null);
  }, [settled, current, queryClient, request, pages, selectRow, setCurrent]);

  /** A row by position, loaded or not (a jump to End asks the core for that one row). */
  const rowAtIndex = useCallback(
    async (index: number): Promise<AnnotationListItem | undefined> =>
      annotationAt(pages, index) ?? (await client.annotations.search({ ...request, offset: index, limit: 1 })).items[0],
    [pages, client, request],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const command = listCommandFor(event);
    if (!command || total === 0) return;
    const index = currentIndex >= 0 ? currentIndex : -1;
    if (command.type === 'move') {
      event.preventDefault();
      const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ESTIMATED_ROW_HEIGHT) / ESTIMATED_ROW_HEIGHT) - 1);
      const target = index === -1 ? 0 : command.to(index, total, page);
      virtualizer.scrollToIndex(target, { align: 'auto' });
      void rowAtIndex(target).then((row) => row && selectRow(row, target));
    } else if (command.type === 'open' && current) {
      event.preventDefault();
      focusAnnotation(current.annotationId);
      focusReader();
    } else if (command.type === 'selectAll') {
      // One row at a time here: keep ⌘A from selecting the page's text instead.
      event.preventDefault();
    } else if (command.type === 'trash' && index >= 0) {
      event.preventDefault();
      deleteAt(index);
    }
  };

  const deleteAt = (index: number) => {
    const row = annotationAt(pages, index);
    if (!row || remove.isPending) return;
    // The next row (else the one above) becomes current first, so the selection does not jump to the top.
    const below = annotationAt(pages, index + 1);
    const above = annotationAt(pages, index - 1);
    if (below) selectRow(below, index);
    else if (above) selectRow(above, index - 1);
    remove.mutate(row);
  };
  const deleteRef = useRef(deleteAt);
  deleteRef.current = deleteAt;

  const onPress = useCallback((item: AnnotationListItem, index: number) => selectRow(item, index), [selectRow]);
  const onMenuOpenChange = useCallback((item: AnnotationListItem, _index: number, open: boolean) => setMenuFor(open ? item.id : null), []);
  const onMenuClosed = useCallback(() => scrollRef.current?.focus({ preventScroll: true }), []);
  const onAction = useCallback(
    (item: AnnotationListItem, index: number, action: AnnotationRowAction) => {
      const request = quoteRequestFor(item);
      if (action === 'addToNote' && request) quoteInNote(request);
      else if (action === 'show') {
        selectRow(item, index);
        focusReader();
      } else if (action === 'delete') deleteRef.current(index);
    },
    [quoteInNote, selectRow],
  );
  const onOpen = useCallback(
    (item: AnnotationListItem, index: number) => {
      selectRow(item, index);
      focusReader();
    },
    [selectRow],
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
      className="clip-list ann-list"
      role="listbox"
      aria-label={ANNOTATION_LIST_LABEL}
      aria-activedescendant={current !== null && currentIndex >= 0 ? annotationOptionId(current.annotationId) : undefined}
      aria-busy={head.isPending}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => {
        // Shift+F10 or the menu key on the listbox itself: the current row's menu (a right-click on a row opens its own).
        if (event.target !== event.currentTarget || !current) return;
        event.preventDefault();
        setMenuFor(current.annotationId);
      }}
    >
      <div className="clip-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {windowRows.map((row) => {
          const item = annotationAt(pages, row.index);
          // Keyed by row and position: a row that moves (a filter, a deletion above it) is drawn anew
          // and measured again, since the virtualizer keeps sizes by position.
          return item ? (
            <AnnotationRow
              key={`${item.id}@${row.index}`}
              item={item}
              current={item.id === current?.annotationId}
              index={row.index}
              setSize={total}
              top={row.start}
              measure={virtualizer.measureElement}
              onPress={onPress}
              onOpen={onOpen}
              menuOpen={menuFor === item.id}
              onMenuOpenChange={onMenuOpenChange}
              onAction={onAction}
              onMenuClosed={onMenuClosed}
            />
          ) : (
            <PendingAnnotationRow key={`pending-${row.index}`} index={row.index} top={row.start} measure={virtualizer.measureElement} />
          );
        })}
      </div>
    </div>
  );
}
