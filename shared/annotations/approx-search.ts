/**
 * Approximate string search: the matches of a pattern with at most k errors (edit
 * distance) in a stretch of a text, the best ones only. The results are those of
 * approx-string-match 2 (`search(text.slice(from, to), pattern, maxErrors)`, MIT, Robert
 * Knight), whose algorithm this is — Myers' bit-parallel matching in 32-character blocks
 * with Ukkonen's cut-off — but the pattern is prepared once (`compilePattern`) for all the
 * pieces of a text it is looked for in, and the text is read where it is, forwards or
 * backwards, instead of being sliced and reversed for each piece and each match. Re-anchoring
 * searches a quote in a dozen pieces of a 2,000-word article: most of its time went there.
 */

export interface Match {
  start: number;
  end: number;
  errors: number;
}

const W = 32;

interface Blocks {
  length: number;
  /** Index of the last block. */
  bMax: number;
  /** Bit vectors of the positions of each character code in the pattern, by block. */
  peq: Map<number, Uint32Array>;
  /** The same for codes below 256, as an array (most text). */
  ascii: Uint32Array[];
  empty: Uint32Array;
  lastRowMask: Uint32Array;
}

export interface CompiledPattern {
  pattern: string;
  forward: Blocks;
  /** The pattern read backwards, to find where a match starts. */
  backward: Blocks;
}

export function compilePattern(pattern: string): CompiledPattern {
  let reversed = '';
  for (let i = pattern.length - 1; i >= 0; i--) reversed += pattern[i];
  return { pattern, forward: blocksOf(pattern), backward: blocksOf(reversed) };
}

function blocksOf(pattern: string): Blocks {
  const bMax = Math.max(0, Math.ceil(pattern.length / W) - 1);
  const empty = new Uint32Array(bMax + 1);
  const peq = new Map<number, Uint32Array>();
  const ascii: Uint32Array[] = new Array(256).fill(empty);
  for (let c = 0; c < pattern.length; c++) {
    const code = pattern.charCodeAt(c);
    let vector = peq.get(code);
    if (!vector) {
      vector = new Uint32Array(bMax + 1);
      peq.set(code, vector);
      if (code < 256) ascii[code] = vector;
    }
    const block = (c / W) | 0;
    vector[block] = vector[block]! | (1 << c % W);
  }
  const lastRowMask = new Uint32Array(bMax + 1).fill(1 << 31);
  lastRowMask[bMax] = 1 << (pattern.length - 1) % W;
  return { length: pattern.length, bMax, peq, ascii, empty, lastRowMask };
}

/** `search(text.slice(from, to), pattern, maxErrors)` of approx-string-match, with offsets relative to `from`. */
export function searchIn(compiled: CompiledPattern, text: string, from: number, to: number, maxErrors: number): Match[] {
  const ends = matchEnds(compiled.forward, text, from, to - from, 1, maxErrors);
  return ends.map(({ end, errors }) => {
    // Where it starts: the same search, backwards from the end, with as many errors; the longest match.
    const minStart = Math.max(0, end - compiled.pattern.length - errors);
    let start = end;
    for (const back of matchEnds(compiled.backward, text, from + end - 1, end - minStart, -1, errors)) if (end - back.end < start) start = end - back.end;
    return { start, end, errors };
  });
}

/**
 * The ends (1-based, from the first character read) and errors of the best matches in
 * `count` characters of `text` read from `first` in steps of `step` (1 or −1).
 */
function matchEnds(blocks: Blocks, text: string, first: number, count: number, step: 1 | -1, maxErrors: number): Array<{ end: number; errors: number }> {
  const { length, bMax, peq, ascii, empty, lastRowMask } = blocks;
  if (length === 0) return [];
  let k = Math.min(maxErrors, length);
  const matches: Array<{ end: number; errors: number }> = [];
  const P = new Uint32Array(bMax + 1);
  const M = new Uint32Array(bMax + 1);
  const score = new Uint32Array(bMax + 1);
  let y = Math.max(0, Math.ceil(k / W) - 1);
  for (let b = 0; b <= y; b++) score[b] = (b + 1) * W;
  score[bMax] = length;
  for (let b = 0; b <= y; b++) {
    P[b] = ~0;
    M[b] = 0;
  }

  // One block of one column (Myers, fig. 8; branch-free as Šošić, 4.2.3). Returns the horizontal delta out.
  const advance = (eqs: Uint32Array, b: number, hIn: number): number => {
    let pV = P[b]!;
    let mV = M[b]!;
    const hInIsNegative = hIn >>> 31;
    const eq = eqs[b]! | hInIsNegative;
    const xV = eq | mV;
    const xH = (((eq & pV) + pV) ^ pV) | eq;
    let pH = mV | ~(xH | pV);
    let mH = pV & xH;
    const hOut = oneIfNotZero(pH & lastRowMask[b]!) - oneIfNotZero(mH & lastRowMask[b]!);
    pH <<= 1;
    mH <<= 1;
    mH |= hInIsNegative;
    pH |= oneIfNotZero(hIn) - hInIsNegative;
    pV = mH | ~(xV | pH);
    mV = pH & xV;
    P[b] = pV;
    M[b] = mV;
    return hOut;
  };

  for (let j = 0; j < count; j++) {
    const code = text.charCodeAt(first + j * step);
    const eqs = code < 256 ? ascii[code]! : (peq.get(code) ?? empty);
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advance(eqs, b, carry);
      score[b] = score[b]! + carry;
    }
    if (score[y]! - carry <= k && y < bMax && (eqs[y + 1]! & 1 || carry < 0)) {
      y++;
      P[y] = ~0;
      M[y] = 0;
      const remainder = length % W;
      const maxBlockScore = y === bMax ? (remainder === 0 ? W : remainder) : W;
      score[y] = score[y - 1]! + maxBlockScore - carry + advance(eqs, y, carry);
    } else {
      while (y > 0 && score[y]! >= k + W) y--;
    }
    if (y === bMax && score[y]! <= k) {
      if (score[y]! < k) matches.length = 0;
      matches.push({ end: j + 1, errors: score[y]! });
      // Only the best are reported: the threshold comes down to the best so far.
      k = score[y]!;
    }
  }
  return matches;
}

function oneIfNotZero(n: number): number {
  return ((n | -n) >> 31) & 1;
}
