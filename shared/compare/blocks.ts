import { BLOCK_SEPARATOR } from '../document/canonical-text';
import { matchTokensIn } from './tokens';

/** A block (paragraph) of a source's canonical text. */
export interface SourceBlock {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** The blocks of a canonical text, split on the blank line, with their offsets. An empty text has none. */
export function splitBlocks(text: string): SourceBlock[] {
  if (text === '') return [];
  const blocks: SourceBlock[] = [];
  let start = 0;
  for (;;) {
    const at = text.indexOf(BLOCK_SEPARATOR, start);
    const end = at < 0 ? text.length : at;
    blocks.push({ index: blocks.length, start, end, text: text.slice(start, end) });
    if (at < 0) break;
    start = at + BLOCK_SEPARATOR.length;
  }
  return blocks;
}

/** A set of token ids (sorted, unique) with its total weight. */
export interface TokenSet {
  ids: Int32Array;
  weight: number;
}

/**
 * The vocabulary of one comparison: token ids and their weights (inverse document
 * frequency over every block of every source, so "the" counts little and a name a lot).
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private df: number[] = [];
  private documents = 0;
  weights: Float64Array = new Float64Array(0);

  /** The ids of a block's match tokens (sorted, unique), counted for the document frequencies. */
  add(text: string, from: number, to: number): Int32Array {
    const seen = new Set<number>();
    for (const token of matchTokensIn(text, from, to)) {
      let id = this.ids.get(token.norm);
      if (id === undefined) {
        id = this.df.length;
        this.ids.set(token.norm, id);
        this.df.push(0);
      }
      seen.add(id);
    }
    for (const id of seen) this.df[id]!++;
    this.documents++;
    return Int32Array.from(seen).sort();
  }

  /** Call once every block was added. */
  finish(): void {
    const n = Math.max(1, this.documents);
    this.weights = Float64Array.from(this.df, (df) => Math.log(1 + n / df));
  }

  set(ids: Int32Array): TokenSet {
    let weight = 0;
    for (const id of ids) weight += this.weights[id]!;
    return { ids, weight };
  }

  union(sets: readonly TokenSet[]): TokenSet {
    if (sets.length === 1) return sets[0]!;
    const all = new Set<number>();
    for (const s of sets) for (const id of s.ids) all.add(id);
    return this.set(Int32Array.from(all).sort());
  }
}

/** Weight of the ids two sorted sets share. */
export function overlap(a: TokenSet, b: TokenSet, weights: Float64Array): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const x = a.ids;
  const y = b.ids;
  while (i < x.length && j < y.length) {
    const p = x[i]!;
    const q = y[j]!;
    if (p === q) {
      sum += weights[p]!;
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  return sum;
}

/** Weighted Dice coefficient: 1 for the same words, 0 for none in common. */
export function dice(a: TokenSet, b: TokenSet, weights: Float64Array): number {
  const total = a.weight + b.weight;
  return total === 0 ? 0 : (2 * overlap(a, b, weights)) / total;
}
