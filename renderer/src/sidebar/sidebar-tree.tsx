import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useScrollMargin, useSidebarScroll } from './sidebar-scroll';
import { treeMove, type TreeKeyRow } from './tree-keys';

export const TREE_ROW_HEIGHT = 26;

export interface TreeRowProps {
  domId: string;
  index: number;
  /** The one row of the tree reached with Tab. */
  tabStop: boolean;
  top: number;
  onFocusRow(index: number): void;
}

interface Props<Row extends TreeKeyRow> {
  label: string;
  /** Distinguishes this tree's row ids from the other trees'. */
  idPrefix: string;
  rows: readonly Row[];
  rowKey(row: Row): string;
  renderRow(row: Row, props: TreeRowProps): ReactNode;
  onSelect(row: Row): void;
  onToggle(row: Row, open: boolean): void;
  onMenu(row: Row): void;
  /** Set by a parent to move focus into the tree (e.g. ↓ from the tag filter). */
  focusRequest?: number;
}

/**
 * A sidebar tree (WAI-ARIA tree: one Tab stop, arrows move, → and ← open and close),
 * windowed with TanStack Virtual inside the sidebar's scrolling area, so a pane of
 * 10,000 tags renders only the rows in sight.
 */
export function SidebarTree<Row extends TreeKeyRow>({ label, idPrefix, rows, rowKey, renderRow, onSelect, onToggle, onMenu, focusRequest }: Props<Row>) {
  const scrollElement = useSidebarScroll();
  const treeRef = useRef<HTMLDivElement>(null);
  const scrollMargin = useScrollMargin(scrollElement, treeRef);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => TREE_ROW_HEIGHT,
    overscan: 10,
    scrollMargin,
  });

  const [activeKey, setActiveKey] = useState<string | null>(null);
  const found = activeKey === null ? -1 : rows.findIndex((row) => rowKey(row) === activeKey);
  const activeIndex = found === -1 ? 0 : found;
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const domId = useCallback((index: number) => `${idPrefix}-${index}`, [idPrefix]);

  const moveFocus = useCallback(
    (index: number) => {
      const row = rows[index];
      if (!row) return;
      setActiveKey(rowKey(row));
      virtualizer.scrollToIndex(index, { align: 'auto' });
      setFocusIndex(index);
    },
    [rows, rowKey, virtualizer],
  );

  // Focus follows once the row is rendered (it may have been outside the window).
  useEffect(() => {
    if (focusIndex === null) return;
    const element = document.getElementById(domId(focusIndex));
    if (element) {
      element.focus({ preventScroll: true });
      setFocusIndex(null);
    }
  });

  useEffect(() => {
    // Only a new request moves focus, not a change of rows.
    if (focusRequest) moveFocus(activeIndex);
  }, [focusRequest]); // eslint-disable-line react-hooks/exhaustive-deps

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Menus opened from a row are portals: their keys bubble here in React but are not the tree's.
    if (!event.currentTarget.contains(event.target as Node) || event.defaultPrevented) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    const index = item ? Number(item.dataset.index) : activeIndex;
    const row = rows[index];
    const move = treeMove(event.key, event.shiftKey, rows, index);
    if (!move || !row) return;
    event.preventDefault();
    if (move.kind === 'focus') moveFocus(move.index);
    else if (move.kind === 'expand') onToggle(row, true);
    else if (move.kind === 'collapse') onToggle(row, false);
    else if (move.kind === 'select') onSelect(row);
    else onMenu(row);
  };

  const onFocusRow = useCallback(
    (index: number) => {
      const row = rows[index];
      if (row) setActiveKey(rowKey(row));
    },
    [rows, rowKey],
  );

  return (
    <div ref={treeRef} role="tree" aria-label={label} className="sidebar-tree" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown}>
      {windowIndexes(virtualizer.getVirtualItems(), activeIndex, rows.length).map((index) => {
        const row = rows[index];
        if (!row) return null;
        return renderRow(row, { domId: domId(index), index, tabStop: index === activeIndex, top: index * TREE_ROW_HEIGHT, onFocusRow });
      })}
    </div>
  );
}

/** The rows in sight, and the Tab stop even when it is scrolled away, so Tab always reaches the tree. */
function windowIndexes(items: ReadonlyArray<{ index: number }>, activeIndex: number, count: number): number[] {
  const indexes = items.map((item) => item.index);
  if (activeIndex < count && !indexes.includes(activeIndex)) indexes.push(activeIndex);
  return indexes;
}

/** The row of a tree that holds the Tab stop: where focus goes back after a dialog about it. */
export function treeTabStop(label: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[role="tree"][aria-label="${CSS.escape(label)}"] [role="treeitem"][tabindex="0"]`);
}
