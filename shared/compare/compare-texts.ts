import { dice, type TokenSet } from './blocks';
import { DEFAULT_ALIGN_OPTIONS, type AlignOptions } from './pair-alignment';
import { linkQuotes } from './quote-links';
import { buildRows, movedCells, prepareSources, type RowRange } from './rows';
import { summarize } from './summary';
import type { CompareCell, CompareJson, CompareResult, CompareRow, CompareSource, DiffOp } from './types';
import { wordDiff } from './word-diff';

export type * from './types';

/**
 * Side-by-side comparison of 2–4 accounts of one event: rows of aligned passages in
 * the first source's order (moved passages flagged), word diffs against each row's
 * first passage, quotations linked across sources, and a summary.
 */
export function compareTexts(sources: CompareSource[], options: AlignOptions = DEFAULT_ALIGN_OPTIONS): CompareResult {
  const { prepared, vocabulary } = prepareSources(sources);
  const ranges = buildRows(prepared, vocabulary, options);
  const moved = movedCells(ranges, prepared.length);
  const followsRow = previousRows(ranges, prepared.length);

  const setOf = (s: number, range: RowRange): TokenSet | null => {
    const sets = prepared[s]!.sets.slice(range.start, range.end).filter((x): x is TokenSet => x !== null);
    return sets.length === 0 ? null : vocabulary.union(sets);
  };

  const rows: CompareRow[] = ranges.map((row, r) => {
    const cells: Array<CompareCell | null> = row.map((range, s) => {
      if (!range) return null;
      const source = prepared[s]!;
      const start = source.blocks[range.start]!.start;
      const end = source.blocks[range.end - 1]!.end;
      return {
        id: source.id,
        blockStart: range.start,
        blockEnd: range.end,
        text: source.text.slice(start, end),
        start,
        end,
        moved: moved[r]![s]!,
        followsRow: followsRow[r]![s]!,
      };
    });
    const present = row.map((range, s) => (range ? s : -1)).filter((s) => s >= 0);
    const first = present[0]!;
    const base = cells[first]!;
    const baseSet = setOf(first, row[first]!);
    let total = 0;
    const diffs: Array<DiffOp[] | null> = cells.map((cell, s) => {
      if (!cell || s === first) return null;
      const other = setOf(s, row[s]!);
      total += baseSet && other ? dice(baseSet, other, vocabulary.weights) : 0;
      return wordDiff({ text: prepared[first]!.text, start: base.start, end: base.end }, { text: prepared[s]!.text, start: cell.start, end: cell.end });
    });
    return {
      cells,
      similarity: present.length > 1 ? round(total / (present.length - 1)) : 0,
      onlyIn: present.length === 1 ? first : null,
      diffs,
    };
  });

  const quotes = linkQuotes(sources);
  const summary = summarize(prepared, rows, quotes);
  return {
    sources: summary.sources.map(({ id, blocks, words }) => ({ id, blocks, words })),
    rows,
    quotes,
    summary,
  };
}

/** What `dossier compare … --json` prints: a projection of the result. */
export function toCompareJson(result: CompareResult): CompareJson {
  return {
    sources: result.sources,
    rows: result.rows.map((row) => ({
      cells: row.cells.map((cell) => (cell ? { id: cell.id, blockStart: cell.blockStart, blockEnd: cell.blockEnd, text: cell.text } : null)),
      similarity: row.similarity,
    })),
    quotes: result.quotes.map((q) => ({ text: q.text, speaker: q.speaker, occurrences: q.occurrences.map(({ id, start, end }) => ({ id, start, end })) })),
  };
}

/** Per row and source: the row holding that source's previous passage (in the source's own order). */
function previousRows(rows: Array<Array<RowRange | null>>, sources: number): Array<Array<number | null>> {
  const out = rows.map((row) => row.map((): number | null => null));
  for (let s = 0; s < sources; s++) {
    const seq: Array<{ row: number; start: number }> = [];
    rows.forEach((row, r) => {
      if (row[s]) seq.push({ row: r, start: row[s]!.start });
    });
    seq.sort((a, b) => a.start - b.start);
    seq.forEach((x, i) => {
      out[x.row]![s] = i > 0 ? seq[i - 1]!.row : null;
    });
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
