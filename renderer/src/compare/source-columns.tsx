import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { Revealer } from './aligned-grid';
import { passageKey, useCompareModel } from './compare-model';
import { PassageCell } from './passage-cell';
import { scrollToPassage } from './scroll-to-passage';

interface ColumnHandle {
  scrollToRow(row: number): void;
  /** The row of the first passage in view. */
  topRow(): number | null;
}

/**
 * Synchronised scrolling off: each source in its own column, in its own order,
 * scrolled on its own. A click on a passage brings its partners in the other columns
 * into view (passage-cell.tsx).
 */
export function SourceColumns({ revealRef, anchorRef }: { revealRef: RefObject<Revealer | null>; anchorRef: RefObject<number | null> }) {
  const { layout } = useCompareModel();
  const handles = useRef<Array<ColumnHandle | null>>([]);

  useLayoutEffect(() => {
    revealRef.current = (targets) => {
      for (const target of targets) handles.current[target.source]?.scrollToRow(target.row);
    };
    return () => {
      anchorRef.current = handles.current[0]?.topRow() ?? anchorRef.current;
      revealRef.current = null;
    };
  }, [revealRef, anchorRef]);

  return (
    <div className="cmp-columns">
      {layout.passages.map((_, s) => (
        <SourceColumn
          key={s}
          source={s}
          anchor={anchorRef.current}
          onHandle={(handle) => {
            handles.current[s] = handle;
          }}
        />
      ))}
    </div>
  );
}

function SourceColumn({ source: s, anchor, onHandle }: { source: number; anchor: number | null; onHandle(handle: ColumnHandle | null): void }) {
  const { layout, result, names } = useCompareModel();
  const passages = layout.passages[s]!;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: passages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => Math.ceil((result.rows[passages[i]!]!.cells[s]?.text.length ?? 0) / 45) * 22 + 44,
    getItemKey: (i) => passages[i]!,
    overscan: 3,
  });

  useLayoutEffect(() => {
    const scrollToRow = (row: number) => {
      const index = passages.indexOf(row);
      if (index < 0) return;
      virtualizer.scrollToIndex(index, { align: 'start' });
      if (scrollRef.current) scrollToPassage(scrollRef.current, passageKey({ row, source: s }));
    };
    // Coming from the grid: each column starts at its passage nearest the row that was in view.
    if (anchor !== null) {
      const line = layout.lineOfRow[anchor] ?? 0;
      const index = passages.findIndex((r) => layout.lineOfRow[r]! >= line);
      if (index > 0) virtualizer.scrollToIndex(index, { align: 'start' });
    }
    onHandle({
      scrollToRow,
      topRow: () => {
        const top = virtualizer.getVirtualItems().find((item) => item.end > (virtualizer.scrollOffset ?? 0));
        return top ? passages[top.index]! : null;
      },
    });
    return () => onHandle(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [virtualizer, passages, s, layout]);

  return (
    <div ref={scrollRef} className="cmp-scroll cmp-column" tabIndex={0} aria-label={`${names[s]}, in its own order`}>
      <div className="cmp-lines" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} className="cmp-line cmp-column-item" style={{ transform: `translateY(${item.start}px)` }}>
            <PassageCell row={passages[item.index]!} source={s} mode="column" />
          </div>
        ))}
      </div>
    </div>
  );
}
