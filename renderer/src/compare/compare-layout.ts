import type { CompareCell, CompareResult } from '../../../shared/compare/types';

/**
 * How the Compare view lays out a comparison's rows. A row that two or more sources
 * share is one line of the grid. A run of rows found in one source only becomes one
 * "only in" band, each column stacking its own unmatched passages in order — real
 * coverage is mostly such material, and giving each passage a grid line of its own
 * would leave the page mostly empty.
 */
export interface DisplayRow {
  kind: 'aligned' | 'only';
  /** The comparison's rows shown here, in order. */
  rows: number[];
  /** Per source: the rows whose passage for that source this line shows, in order. */
  cells: number[][];
  /** A band of unmatched material: the line it starts on (its id); null for an aligned line. */
  band: number | null;
  /** Which part of its band this line is (a long band is several lines, so windowing still works). */
  part: number;
}

/** Rows of unmatched material per line: a band longer than this continues on the next line. */
const BAND_PART = 8;

/**
 * Where a moved passage would sit in its own source: after the passage of row
 * `afterRow` (null: at the source's start). The marker there points to `row`.
 */
export interface MovedMarker {
  source: number;
  afterRow: number | null;
  row: number;
}

export interface CompareLayout {
  lines: DisplayRow[];
  /** The line showing each row. */
  lineOfRow: number[];
  /** Per source: the rows with a passage of that source, in the source's own order. */
  passages: number[][];
  /** Per line, the markers for moved passages to show in it. */
  markers: Map<number, MovedMarker[]>;
}

export function buildLayout(result: CompareResult): CompareLayout {
  const n = result.sources.length;
  const lines: DisplayRow[] = [];
  const lineOfRow: number[] = [];
  result.rows.forEach((row, r) => {
    const last = lines.at(-1);
    if (row.onlyIn !== null && last?.kind === 'only' && last.rows.length < BAND_PART) {
      last.rows.push(r);
      last.cells[row.onlyIn]!.push(r);
    } else {
      const continues = row.onlyIn !== null && last?.kind === 'only';
      lines.push({
        kind: row.onlyIn === null ? 'aligned' : 'only',
        rows: [r],
        cells: row.cells.map((cell) => (cell ? [r] : [])),
        band: row.onlyIn === null ? null : continues ? last!.band : lines.length,
        part: continues ? last!.part + 1 : 0,
      });
    }
    lineOfRow[r] = lines.length - 1;
  });

  const passages = Array.from({ length: n }, (_, s) =>
    result.rows
      .map((row, r) => ({ r, cell: row.cells[s] }))
      .filter((entry): entry is { r: number; cell: CompareCell } => entry.cell != null)
      .sort((a, b) => a.cell.blockStart - b.cell.blockStart)
      .map((entry) => entry.r),
  );

  const markers = new Map<number, MovedMarker[]>();
  result.rows.forEach((row, r) => {
    row.cells.forEach((cell, s) => {
      if (!cell?.moved) return;
      const line = cell.followsRow === null ? 0 : lineOfRow[cell.followsRow]!;
      const list = markers.get(line) ?? [];
      list.push({ source: s, afterRow: cell.followsRow, row: r });
      markers.set(line, list);
    });
  });
  return { lines, lineOfRow, passages, markers };
}

/** "¶ 4", or "¶ 4–6" for a passage of several blocks. */
export function paragraphLabel(cell: Pick<CompareCell, 'blockStart' | 'blockEnd'>): string {
  return cell.blockEnd - cell.blockStart > 1 ? `¶ ${cell.blockStart + 1}–${cell.blockEnd}` : `¶ ${cell.blockStart + 1}`;
}

/** The row whose passage of source `s` holds `offset` of that source's text, or -1. */
export function rowAtOffset(result: CompareResult, s: number, offset: number): number {
  return result.rows.findIndex((row) => {
    const cell = row.cells[s];
    return cell != null && offset >= cell.start && offset < cell.end;
  });
}

/** A rough height for a line not yet measured: its longest column's text at ~45 characters a line. */
export function estimateLineHeight(result: CompareResult, line: DisplayRow): number {
  let tallest = 0;
  line.cells.forEach((rows, s) => {
    const height = rows.reduce((sum, r) => sum + Math.ceil((result.rows[r]!.cells[s]?.text.length ?? 0) / 45) * 22 + 28, 0);
    tallest = Math.max(tallest, height);
  });
  return tallest + 16;
}

/** Characters in a column of a band past which the band is shown cut short (about ten lines). */
const LONG_BAND = 450;

/** Whether the band starting on `line` is long enough to be cut short at first. */
export function isLongBand(result: CompareResult, layout: CompareLayout, line: number): boolean {
  const first = layout.lines[line]!;
  if (first.kind !== 'only') return false;
  if (layout.lines[line + 1]?.band === line) return true;
  return first.cells.some((rows, s) => rows.reduce((sum, r) => sum + (result.rows[r]!.cells[s]?.text.length ?? 0), 0) > LONG_BAND);
}

/** The passages of the band starting on `line`, per source, over all its lines. */
export function bandCells(layout: CompareLayout, line: number): number[][] {
  const cells = layout.lines[line]!.cells.map(() => [] as number[]);
  for (let i = line; layout.lines[i]?.band === line; i++) layout.lines[i]!.cells.forEach((rows, s) => cells[s]!.push(...rows));
  return cells;
}

/**
 * The lines shown, in order: a long band cut short shows its first line only, until
 * it is opened (or every band is, with Full text).
 */
export function shownLines(result: CompareResult, layout: CompareLayout, open: ReadonlySet<number>, fullText: boolean): number[] {
  return layout.lines.flatMap((line, i) => (line.part === 0 || fullText || open.has(line.band!) || !isLongBand(result, layout, line.band!) ? [i] : []));
}
