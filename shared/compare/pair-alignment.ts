import { overlap, type TokenSet } from './blocks';

/**
 * Aligning a sequence of left units (each with one or more alternative token sets:
 * a row's cells) with the blocks of one source. Steps:
 * 1. candidates: pairs sharing rare words (an inverted index over the right blocks;
 *    words in many blocks are skipped for pruning), scored exactly by weighted Dice;
 * 2. the in-order backbone: the heaviest chain of pairs increasing on both sides;
 * 3. moves: the best remaining pairs, strongest first, one-to-one;
 * 4. splits and merges: an unlinked block mostly contained in the unit its neighbour
 *    is linked to joins that link (and the same the other way round).
 */
export interface PairGroup {
  /** Left unit indexes, contiguous, ascending. */
  left: number[];
  /** Right block indexes, contiguous, ascending. */
  right: number[];
  /** Best Dice among the group's pairs. */
  score: number;
}

export interface AlignOptions {
  /** Least Dice for a link in the in-order backbone. */
  backbone: number;
  /** Least Dice for a link out of order (a move). */
  move: number;
  /** Least share of a block found in its neighbour's partner for a split or merge. */
  containment: number;
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = { backbone: 0.3, move: 0.4, containment: 0.55 };

interface Candidate {
  l: number;
  r: number;
  dice: number;
  /** Share of the left set found in the right block, of the right block in the left set. */
  inRight: number;
  inLeft: number;
}

export function alignPair(
  left: ReadonlyArray<ReadonlyArray<TokenSet>>,
  right: ReadonlyArray<TokenSet | null>,
  weights: Float64Array,
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): PairGroup[] {
  const candidates = findCandidates(left, right, weights);
  const byPair = new Map<number, Candidate>();
  const key = (l: number, r: number) => l * (right.length + 1) + r;
  for (const c of candidates) byPair.set(key(c.l, c.r), c);

  const linkL = new Int32Array(left.length).fill(-1);
  const linkR = new Int32Array(right.length).fill(-1);
  const links: Candidate[] = [];
  const link = (c: Candidate) => {
    linkL[c.l] = c.r;
    linkR[c.r] = c.l;
    links.push(c);
  };

  for (const c of heaviestChain(candidates.filter((c) => c.dice >= options.backbone))) link(c);
  const rest = candidates.filter((c) => c.dice >= options.move && linkL[c.l]! < 0 && linkR[c.r]! < 0);
  rest.sort((a, b) => b.dice - a.dice || a.l - b.l || a.r - b.r);
  for (const c of rest) if (linkL[c.l]! < 0 && linkR[c.r]! < 0) link(c);

  // Groups: union-find over left (0..L-1) and right (L..L+R-1) nodes.
  const parent = Int32Array.from({ length: left.length + right.length }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const unite = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  const leftLinked = new Uint8Array(left.length);
  const rightLinked = new Uint8Array(right.length);
  for (const c of links) {
    unite(c.l, left.length + c.r);
    leftLinked[c.l] = 1;
    rightLinked[c.r] = 1;
  }

  // Splits (one left unit, several right blocks) and merges (several left units, one right block).
  for (let changed = true; changed; ) {
    changed = false;
    for (let r = 0; r < right.length; r++) {
      if (rightLinked[r] || !right[r]) continue;
      let best: Candidate | null = null;
      for (const n of [r - 1, r + 1]) {
        if (n < 0 || n >= right.length || !rightLinked[n]) continue;
        for (let l = 0; l < left.length; l++) {
          if (!leftLinked[l] || find(l) !== find(left.length + n)) continue;
          const c = byPair.get(key(l, r));
          if (c && c.inLeft >= options.containment && (!best || c.inLeft > best.inLeft)) best = c;
        }
      }
      if (best) {
        unite(left.length + r, best.l);
        rightLinked[r] = 1;
        changed = true;
      }
    }
    for (let l = 0; l < left.length; l++) {
      if (leftLinked[l]) continue;
      let best: Candidate | null = null;
      for (const n of [l - 1, l + 1]) {
        if (n < 0 || n >= left.length || !leftLinked[n]) continue;
        for (let r = 0; r < right.length; r++) {
          if (!rightLinked[r] || find(left.length + r) !== find(n)) continue;
          const c = byPair.get(key(l, r));
          if (c && c.inRight >= options.containment && (!best || c.inRight > best.inRight)) best = c;
        }
      }
      if (best) {
        unite(l, left.length + best.r);
        leftLinked[l] = 1;
        changed = true;
      }
    }
  }

  const groups = new Map<number, PairGroup>();
  const groupOf = (node: number) => {
    const root = find(node);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { left: [], right: [], score: 0 }));
    return g;
  };
  for (let l = 0; l < left.length; l++) if (leftLinked[l]) groupOf(l).left.push(l);
  for (let r = 0; r < right.length; r++) if (rightLinked[r]) groupOf(left.length + r).right.push(r);
  for (const c of links) {
    const g = groupOf(c.l);
    g.score = Math.max(g.score, c.dice);
  }
  return [...groups.values()].filter((g) => g.left.length > 0 && g.right.length > 0).sort((a, b) => a.left[0]! - b.left[0]!);
}

function findCandidates(
  left: ReadonlyArray<ReadonlyArray<TokenSet>>,
  right: ReadonlyArray<TokenSet | null>,
  weights: Float64Array,
): Candidate[] {
  const postings = new Map<number, number[]>();
  right.forEach((set, r) => {
    if (!set) return;
    for (const id of set.ids) {
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push(r);
    }
  });
  // Words in many blocks say little about which block is which: leave them out of the search.
  const cap = Math.max(8, Math.ceil(right.length * 0.1));
  const accumulated = new Float64Array(right.length);
  const touched: number[] = [];
  const best = new Map<number, Candidate>();
  const out: Candidate[] = [];
  left.forEach((alternatives, l) => {
    best.clear();
    for (const set of alternatives) {
      if (set.weight === 0) continue;
      for (const id of set.ids) {
        const list = postings.get(id);
        if (!list || list.length > cap) continue;
        const w = weights[id]!;
        for (const r of list) {
          if (accumulated[r] === 0) touched.push(r);
          accumulated[r] = accumulated[r]! + w;
        }
      }
      for (const r of touched) {
        const other = right[r]!;
        const rare = accumulated[r]!;
        accumulated[r] = 0;
        if (rare < 0.1 * Math.min(set.weight, other.weight)) continue;
        const shared = overlap(set, other, weights);
        const c: Candidate = {
          l,
          r,
          dice: (2 * shared) / (set.weight + other.weight),
          inRight: shared / set.weight,
          inLeft: shared / other.weight,
        };
        const previous = best.get(r);
        if (!previous || c.dice > previous.dice) best.set(r, c);
      }
      touched.length = 0;
    }
    for (const c of best.values()) if (c.dice >= 0.1 || c.inLeft >= 0.3 || c.inRight >= 0.3) out.push(c);
  });
  return out;
}

/** The chain of candidates strictly increasing in both l and r with the greatest total Dice (Fenwick tree over r). */
function heaviestChain(candidates: Candidate[]): Candidate[] {
  if (candidates.length === 0) return [];
  const sorted = [...candidates].sort((a, b) => a.l - b.l || b.r - a.r);
  const size = Math.max(...sorted.map((c) => c.r)) + 2;
  const treeValue = new Float64Array(size + 1);
  const treeIndex = new Int32Array(size + 1).fill(-1);
  const previous = new Int32Array(sorted.length).fill(-1);
  const total = new Float64Array(sorted.length);
  let bestEnd = -1;
  sorted.forEach((c, i) => {
    // Prefix maximum over r' < c.r (positions 1..c.r).
    let value = 0;
    let from = -1;
    for (let p = c.r; p > 0; p -= p & -p) {
      if (treeValue[p]! > value) {
        value = treeValue[p]!;
        from = treeIndex[p]!;
      }
    }
    total[i] = value + c.dice;
    previous[i] = from;
    for (let p = c.r + 1; p <= size; p += p & -p) {
      if (total[i]! > treeValue[p]!) {
        treeValue[p] = total[i]!;
        treeIndex[p] = i;
      }
    }
    if (bestEnd < 0 || total[i]! > total[bestEnd]!) bestEnd = i;
  });
  const chain: Candidate[] = [];
  for (let i = bestEnd; i >= 0; i = previous[i]!) chain.push(sorted[i]!);
  return chain.reverse();
}
