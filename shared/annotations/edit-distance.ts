/**
 * Edit distances (Levenshtein: insertions, deletions and substitutions of UTF-16
 * code units, each costing 1) used to compare an annotation's quote and context
 * with the text around a candidate place.
 */

let row = new Int32Array(256);

function rowOf(size: number): Int32Array {
  if (row.length < size) row = new Int32Array(Math.max(size, row.length * 2));
  return row;
}

/**
 * How far `context` is from the text that ends at `anchor` (direction 'before', for
 * a prefix) or starts at `anchor` ('after', for a suffix). The context is aligned
 * against the text from the anchor outwards; text characters between the anchor
 * and the aligned context count as insertions, and the alignment may stop anywhere
 * up to `slack` characters past the context's length. Characters of the context
 * that fall outside the text count as deletions.
 */
export function contextDistance(context: string, text: string, anchor: number, direction: 'before' | 'after', slack: number): number {
  const m = context.length;
  if (m === 0) return 0;
  const available = direction === 'before' ? anchor : text.length - anchor;
  const width = Math.min(available, m + slack);
  // dp[l] = distance between the first k context characters (counting outwards from the
  // anchor) and the first l text characters (likewise).
  const dp = rowOf(width + 1);
  for (let l = 0; l <= width; l++) dp[l] = l;
  for (let k = 1; k <= m; k++) {
    const c = direction === 'before' ? context.charCodeAt(m - k) : context.charCodeAt(k - 1);
    let diagonal = dp[0]!;
    dp[0] = k;
    for (let l = 1; l <= width; l++) {
      const t = direction === 'before' ? text.charCodeAt(anchor - l) : text.charCodeAt(anchor + l - 1);
      const above = dp[l]!;
      let best = diagonal + (c === t ? 0 : 1);
      if (above + 1 < best) best = above + 1;
      if (dp[l - 1]! + 1 < best) best = dp[l - 1]! + 1;
      diagonal = above;
      dp[l] = best;
    }
  }
  let min = m;
  for (let l = 0; l <= width; l++) if (dp[l]! < min) min = dp[l]!;
  return min;
}

/** The edit distance between a and b, or `limit + 1` as soon as it is known to exceed `limit`. */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length > b.length) [a, b] = [b, a];
  const n = a.length;
  const dp = rowOf(n + 1);
  for (let i = 0; i <= n; i++) dp[i] = i;
  for (let j = 1; j <= b.length; j++) {
    const c = b.charCodeAt(j - 1);
    let diagonal = dp[0]!;
    dp[0] = j;
    let rowMin = j;
    for (let i = 1; i <= n; i++) {
      const above = dp[i]!;
      let best = diagonal + (a.charCodeAt(i - 1) === c ? 0 : 1);
      if (above + 1 < best) best = above + 1;
      if (dp[i - 1]! + 1 < best) best = dp[i - 1]! + 1;
      diagonal = above;
      dp[i] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return limit + 1;
  }
  return dp[n]!;
}
