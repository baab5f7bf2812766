import { dice, Vocabulary, type TokenSet, splitBlocks, type SourceBlock } from './blocks';
import { alignPair, DEFAULT_ALIGN_OPTIONS, type AlignOptions } from './pair-alignment';

/** A block range of one source in a row, end exclusive. */
export interface RowRange {
  start: number;
  end: number;
}

export interface PreparedSource {
  id: number;
  text: string;
  blocks: SourceBlock[];
  /** Per block: its token set, null for a block with no words. */
  sets: Array<TokenSet | null>;
}

/** Blocks and token sets of every source, with weights over all of them. */
export function prepareSources(sources: ReadonlyArray<{ id: number; text: string }>): { prepared: PreparedSource[]; vocabulary: Vocabulary } {
  const vocabulary = new Vocabulary();
  const ids = sources.map((source) => {
    const blocks = splitBlocks(source.text);
    return { source, blocks, ids: blocks.map((b) => vocabulary.add(source.text, b.start, b.end)) };
  });
  vocabulary.finish();
  const prepared = ids.map(({ source, blocks, ids: blockIds }) => ({
    id: source.id,
    text: source.text,
    blocks,
    sets: blockIds.map((i) => (i.length === 0 ? null : vocabulary.set(i))),
  }));
  return { prepared, vocabulary };
}

/**
 * Rows of aligned passages, in the first source's order. The first source's blocks
 * each start a row; each further source is aligned with the rows built so far (a row
 * matches a block through any of its cells), its blocks joining rows, rows merging
 * when one of its blocks covers several, and its unmatched blocks becoming rows of
 * their own after the row of the block before them.
 */
export function buildRows(prepared: PreparedSource[], vocabulary: Vocabulary, options: AlignOptions = DEFAULT_ALIGN_OPTIONS): Array<Array<RowRange | null>> {
  const n = prepared.length;
  let rows: Array<Array<RowRange | null>> = [];
  const hasWords = (source: PreparedSource, i: number) => source.sets[i] !== null || source.blocks[i]!.text.trim() !== '';
  const first = prepared[0];
  if (!first) return [];
  first.blocks.forEach((_, i) => {
    if (!hasWords(first, i)) return;
    const row: Array<RowRange | null> = new Array<RowRange | null>(n).fill(null);
    row[0] = { start: i, end: i + 1 };
    rows.push(row);
  });
  const cellSet = (s: number, range: RowRange): TokenSet | null => {
    const sets = prepared[s]!.sets.slice(range.start, range.end).filter((x): x is TokenSet => x !== null);
    return sets.length === 0 ? null : vocabulary.union(sets);
  };

  for (let k = 1; k < n; k++) {
    const source = prepared[k]!;
    const units = rows.map((row) => row.flatMap((range, s) => (range ? [cellSet(s, range)] : [])).filter((x): x is TokenSet => x !== null));
    const groups = alignPair(units, source.sets, vocabulary.weights, options);
    const mergeInto = new Int32Array(rows.length).fill(-1);
    const assigned = new Int32Array(source.blocks.length).fill(-1);
    for (const group of groups) {
      const range = { start: group.right[0]!, end: group.right[group.right.length - 1]! + 1 };
      let target = group.left[0]!;
      if (group.left.length > 1 && canMerge(rows, group.left, k)) {
        for (const l of group.left.slice(1)) mergeInto[l] = target;
      } else if (group.left.length > 1) {
        // Cannot merge (another source's cells are not contiguous): keep the best-matching row.
        let best = -1;
        for (const l of group.left) {
          const set = units[l]![0];
          const other = cellSet(k, range);
          const score = set && other ? dice(set, other, vocabulary.weights) : 0;
          if (score > best) {
            best = score;
            target = l;
          }
        }
      }
      rows[target]![k] = range;
      for (let b = range.start; b < range.end; b++) assigned[b] = target;
    }
    // Merge rows.
    for (let l = 0; l < rows.length; l++) {
      const into = mergeInto[l]!;
      if (into < 0) continue;
      const row = rows[into]!;
      rows[l]!.forEach((range, s) => {
        if (!range || s === k) return;
        const existing = row[s];
        row[s] = existing ? { start: Math.min(existing.start, range.start), end: Math.max(existing.end, range.end) } : range;
      });
    }
    // New rows for the source's unmatched blocks, each after the row of the block before it.
    const after = new Map<number, Array<Array<RowRange | null>>>();
    // Anchor only on blocks in order (not on a passage moved elsewhere).
    const matched = source.blocks.map((_, b) => b).filter((b) => assigned[b]! >= 0);
    const inOrder = new Set([...longestIncreasing(matched.map((b) => assigned[b]!))].map((i) => matched[i]!));
    let anchor = -1;
    const fresh: Array<{ anchor: number; row: Array<RowRange | null> }> = [];
    source.blocks.forEach((_, b) => {
      if (assigned[b]! >= 0) {
        if (inOrder.has(b)) anchor = assigned[b]!;
        return;
      }
      if (!hasWords(source, b)) return;
      const row: Array<RowRange | null> = new Array<RowRange | null>(n).fill(null);
      row[k] = { start: b, end: b + 1 };
      fresh.push({ anchor, row });
    });
    for (const { anchor: a, row } of fresh) {
      let list = after.get(a);
      if (!list) after.set(a, (list = []));
      list.push(row);
    }
    const next: Array<Array<RowRange | null>> = [...(after.get(-1) ?? [])];
    rows.forEach((row, l) => {
      if (mergeInto[l]! < 0) next.push(row);
      next.push(...(after.get(l) ?? []));
    });
    rows = next;
  }
  return rows;
}

/** Whether rows (contiguous indexes) can become one: every earlier source's cells in them are contiguous and in order. */
function canMerge(rows: Array<Array<RowRange | null>>, indexes: number[], k: number): boolean {
  for (let s = 0; s < k; s++) {
    let end = -1;
    for (const i of indexes) {
      const range = rows[i]![s];
      if (!range) continue;
      if (end >= 0 && range.start !== end) return false;
      end = range.end;
    }
  }
  return true;
}

/**
 * Which cells are out of their source's order: per source, the longest run of cells
 * whose block indexes increase down the rows is in order; the others are moved.
 */
export function movedCells(rows: Array<Array<RowRange | null>>, sources: number): boolean[][] {
  const moved = rows.map((row) => row.map(() => false));
  for (let s = 0; s < sources; s++) {
    const seq: Array<{ row: number; start: number }> = [];
    rows.forEach((row, i) => {
      const range = row[s];
      if (range) seq.push({ row: i, start: range.start });
    });
    const keep = longestIncreasing(seq.map((x) => x.start));
    seq.forEach((x, i) => {
      if (!keep.has(i)) moved[x.row]![s] = true;
    });
  }
  return moved;
}

/** Indexes of a longest strictly increasing subsequence (patience sorting). */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const out = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) out.add(i);
  return out;
}
