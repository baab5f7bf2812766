/** Plain-text tables for benchmark summaries: columns padded, numbers right-aligned. */

export type Cell = string | number | null | undefined;

const NUMERIC = /^[-+]?[\d.,]+(?:[%×x]|\s*p\/s)?$/;

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '–';
  return String(cell);
}

export function formatTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const texts = rows.map((row) => headers.map((_h, i) => cellText(row[i])));
  const widths = headers.map((header, i) => Math.max(header.length, ...texts.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i > 0 && NUMERIC.test(cell) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...texts.map(line)].join('\n');
}

/** A score with three decimals, or '–' when there is none. */
export function fmt(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
}
