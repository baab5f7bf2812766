import { memo, useMemo } from 'react';
import type { CompareCell } from '../../../shared/compare/types';
import { locateDiff, markPassage, type LocatedDiff } from './cell-marks';
import { paragraphLabel } from './compare-layout';
import { passageKey, useCompareModel } from './compare-model';
import { PassageText } from './passage-text';
import { ordinal, percent } from './source-names';

/**
 * One source's passage in a row: its text with the word diff against the row's first
 * passage, quotations and highlights marked; above it, what an analyst needs to read
 * it (how close it is, whether it was moved and from where); an "open in the reader"
 * button. `column`: shown in its source's own order (synchronised scrolling off).
 */
export const PassageCell = memo(function PassageCell({ row: r, source: s, mode }: { row: number; source: number; mode: 'grid' | 'column' }) {
  const model = useCompareModel();
  const row = model.result.rows[r]!;
  const cell = row.cells[s]!;
  const base = row.cells.findIndex((c) => c !== null);
  const ops = row.diffs[s];
  const located = useMemo(() => (base !== s && ops ? locateDiff(cell.text, ops) : null), [base, s, ops, cell.text]);
  const showDiff = located?.readable ?? false;
  const quotes = model.quoteSpans[s]!;
  const highlights = model.highlights[s]!;
  const paragraphs = useMemo(
    () => markPassage(cell.text, cell.start, showDiff ? located : null, quotes, highlights),
    [cell.text, cell.start, showDiff, located, quotes, highlights],
  );
  const flashing = model.flashing.has(passageKey({ row: r, source: s }));
  const onClick = mode === 'column' ? () => linkPartners(model, r, s) : undefined;

  return (
    <div className="cmp-cell" data-flash={flashing ? '' : undefined} data-passage={passageKey({ row: r, source: s })} onClick={onClick}>
      <button
          type="button"
          className="cmp-open"
          title="Open this passage in the reader"
          aria-label={`Open ${paragraphLabel(cell)} of ${model.names[s]} in the reader`}
          onClick={(event) => {
            event.stopPropagation();
            model.openInReader(s, { start: cell.start, end: cell.end });
          }}
        >
        {paragraphLabel(cell)} ↗
      </button>
      {mode === 'column' ? <ColumnLabel row={r} source={s} /> : <GridLabel row={r} cell={cell} source={s} base={base} located={located} />}
      <PassageText paragraphs={paragraphs} row={r} source={s} baseName={model.names[base]!} />
    </div>
  );
});

function GridLabel({ row: r, cell, source: s, base, located }: { row: number; cell: CompareCell; source: number; base: number; located: LocatedDiff | null }) {
  const model = useCompareModel();
  const parts = [];
  if (located) {
    const baseName = model.names[base]!;
    parts.push(
      located.readable ? (
        <span key="same" title={`Marked against ${baseName}: underlined words are added or changed here; small struck words are ${baseName}’s, left out here.`}>
          {percent(located.alike)} alike
        </span>
      ) : (
        <span key="same" title={`Too different from ${baseName}’s passage for a word-by-word comparison`}>
          Reworded · {percent(located.alike)} alike
        </span>
      ),
    );
  }
  if (cell.moved) {
    const after = cell.followsRow;
    const here = model.layout.lineOfRow[r]!;
    const there = after === null ? 0 : model.layout.lineOfRow[after]!;
    parts.push(
      <span key="moved" className="cmp-moved">
        Moved: {ordinal(cell.blockStart + 1)} paragraph in {model.names[s]}{' '}
        <button
          type="button"
          className="link-button"
          title={`Show where ${model.names[s]} has it`}
          onClick={() => model.reveal(after === null ? [] : [{ row: after, source: s }])}
        >
          its place {there < here ? '↑' : '↓'}
        </button>
      </span>,
    );
  }
  return parts.length > 0 ? <div className="cmp-cell-notes">{parts}</div> : null;
}

function ColumnLabel({ row: r, source: s }: { row: number; source: number }) {
  const model = useCompareModel();
  const row = model.result.rows[r]!;
  if (row.onlyIn !== null) return <div className="cmp-cell-notes cmp-only-label">Only in {model.names[s]}</div>;
  const others = row.cells.flatMap((cell, o) => (cell && o !== s ? [`${model.names[o]} ${paragraphLabel(cell)}`] : []));
  return <div className="cmp-cell-notes">Also in {others.join(' · ')}</div>;
}

/** In the independent columns, a click on a passage brings its partners in the other columns into view. */
function linkPartners(model: ReturnType<typeof useCompareModel>, r: number, s: number): void {
  if (!window.getSelection()?.isCollapsed) return;
  const row = model.result.rows[r]!;
  model.reveal(row.cells.flatMap((cell, o) => (cell ? [{ row: r, source: o }] : [])).filter((t) => t.source !== s || row.onlyIn !== null));
}
