import { useVirtualizer } from '@tanstack/react-virtual';
import { Fragment, memo, useLayoutEffect, useMemo, useRef, type Ref, type RefObject } from 'react';
import { bandCells, estimateLineHeight, isLongBand, shownLines } from './compare-layout';
import { passageKey, useCompareModel, type PassageRef } from './compare-model';
import { MovedMarker } from './moved-marker';
import { PassageCell } from './passage-cell';
import { percent } from './source-names';
import { scrollToPassage } from './scroll-to-passage';

export type Revealer = (targets: PassageRef[]) => void;

/**
 * Synchronised scrolling: one grid, one column per source, lines in the first source's
 * order, scrolled as one. Windowed: only the lines in view are in the DOM, measured as
 * they render (two 20,000-word articles make hundreds of lines of any height), and a
 * long band of unmatched material is several lines. `anchor` is the row in view, handed
 * over when switching to independent columns and back.
 */
export function AlignedGrid({ revealRef, anchorRef }: { revealRef: RefObject<Revealer | null>; anchorRef: RefObject<number | null> }) {
  const { layout, result, expanded, fullText } = useCompareModel();
  const shown = useMemo(() => shownLines(result, layout, expanded, fullText), [result, layout, expanded, fullText]);
  const indexOfLine = useMemo(() => {
    const index = new Int32Array(layout.lines.length).fill(-1);
    shown.forEach((line, i) => (index[line] = i));
    return index;
  }, [layout, shown]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimateLineHeight(result, layout.lines[shown[i]!]!),
    getItemKey: (i) => layout.lines[shown[i]!]!.rows[0]!,
    overscan: 2,
  });

  // A passage asked for in a band cut short waits for the band to open (the model opens it).
  const pending = useRef<PassageRef[] | null>(null);
  useLayoutEffect(() => {
    const go = (targets: PassageRef[]) => {
      if (targets.length === 0) return virtualizer.scrollToOffset(0);
      const first = targets.reduce((a, b) => (layout.lineOfRow[b.row]! < layout.lineOfRow[a.row]! ? b : a));
      const at = indexOfLine[layout.lineOfRow[first.row]!]!;
      if (at < 0) {
        pending.current = targets;
        return;
      }
      pending.current = null;
      virtualizer.scrollToIndex(at, { align: 'start' });
      if (scrollRef.current) scrollToPassage(scrollRef.current, passageKey(first));
    };
    revealRef.current = go;
    if (pending.current) go(pending.current);
  }, [virtualizer, layout, indexOfLine, revealRef]);

  useLayoutEffect(() => {
    const anchor = anchorRef.current;
    if (anchor !== null) virtualizer.scrollToIndex(Math.max(0, indexOfLine[layout.lineOfRow[anchor] ?? 0]!), { align: 'start' });
    return () => {
      const top = virtualizer.getVirtualItems().find((item) => item.end > (virtualizer.scrollOffset ?? 0));
      anchorRef.current = top ? layout.lines[shown[top.index]!]!.rows[0]! : null;
      revealRef.current = null;
    };
    // Only on mount and unmount: where the view was when synchronised scrolling was switched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div ref={scrollRef} className="cmp-scroll" tabIndex={0} aria-label="Passages side by side">
      <div className="cmp-lines" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          <Line key={item.key} index={shown[item.index]!} nextShown={shown[item.index + 1]} start={item.start} ref={virtualizer.measureElement} at={item.index} />
        ))}
      </div>
    </div>
  );
}

const Line = memo(function Line({ index, nextShown, start, at, ref }: { index: number; nextShown: number | undefined; start: number; at: number; ref: Ref<HTMLDivElement> }) {
  const { layout, result, names, expanded, fullText, toggleBand } = useCompareModel();
  const line = layout.lines[index]!;
  const markers = layout.markers.get(index) ?? [];
  const similarity = line.kind === 'aligned' ? result.rows[line.rows[0]!]!.similarity : null;
  const band = line.band;
  const long = band !== null && !fullText && isLongBand(result, layout, band);
  const open = band !== null && expanded.has(band);
  const cut = long && !open;
  // The band's button: under its first line while it is cut short, under its last once open.
  const lastOfBand = band !== null && (nextShown === undefined || layout.lines[nextShown]!.band !== band);
  return (
    <div ref={ref} data-index={at} className="cmp-line" data-kind={line.kind} data-cut={cut ? '' : undefined} style={{ transform: `translateY(${start}px)` }}>
      {similarity !== null && (
        <span className="cmp-similarity" style={{ opacity: 0.25 + similarity * 0.75 }} title={`Passages ${percent(similarity)} alike (weighted words)`} />
      )}
      {line.cells.map((rows, s) => (
        <div key={s} className="cmp-slot">
          {line.kind === 'only' && rows.length > 0 && <div className="cmp-only-label">Only in {names[s]}</div>}
          {line.kind === 'aligned' && rows.length === 0 && <div className="cmp-absent">Not in {names[s]}</div>}
          {markers
            .filter((m) => m.source === s && m.afterRow === null)
            .map((m) => (
              <MovedMarker key={`m${m.row}`} marker={m} line={index} />
            ))}
          {rows.map((r) => (
            <Fragment key={r}>
              <PassageCell row={r} source={s} mode="grid" />
              {markers
                .filter((m) => m.source === s && m.afterRow === r)
                .map((m) => (
                  <MovedMarker key={`m${m.row}`} marker={m} line={index} />
                ))}
            </Fragment>
          ))}
        </div>
      ))}
      {long && lastOfBand && (
        <button
          type="button"
          className="cmp-band-toggle"
          aria-expanded={open}
          onClick={() => toggleBand(band)}
          style={{ gridColumnStart: line.cells.findIndex((rows) => rows.length > 0) + 1 }}
        >
          {open ? 'Show less' : `Show all ${bandSummary(bandCells(layout, band), names)}`}
        </button>
      )}
    </div>
  );
});

/** "5 passages only in Fox News, HuffPost". */
function bandSummary(cells: number[][], names: string[]): string {
  const count = cells.reduce((sum, rows) => sum + rows.length, 0);
  const sources = cells.flatMap((rows, s) => (rows.length > 0 ? [names[s]!] : []));
  return `${count} passage${count === 1 ? '' : 's'} only in ${sources.join(', ')}`;
}
