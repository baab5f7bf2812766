/**
 * The article-extraction-benchmark's own body metric (Scrapinghub/Zyte,
 * `evaluate.py`), ported line for line so that our numbers are comparable with the
 * published ones. Pure functions, no I/O.
 *
 * Faithfulness notes (each checked against the original):
 * - Tokens are Python's `\w+` on a str pattern: runs of characters that are
 *   alphanumeric (`str.isalnum()`: Unicode letters and numbers) or `_`. In JS that is
 *   `[\p{L}\p{N}_]+` with the `u` flag. Combining marks (Mn/Mc, e.g. Devanagari vowel
 *   signs) are NOT word characters in Python, so they split tokens there and here.
 * - Tokens are NOT lower-cased. The original compiles the pattern with IGNORECASE,
 *   but that flag only affects matching, and `findall` returns the text as written:
 *   "The" and "the" are different tokens. Nor is the text Unicode-normalised.
 * - Shingles are tuples of 4 consecutive tokens, counted (a multiset). A text with
 *   1–3 tokens yields one shingle, its whole token tuple (the original's
 *   `range(0, max(1, len(tokens) - n + 1))`); an empty text yields none.
 * - Per page, tp = Σ min(truth, pred) over shingles, fp and fn the surpluses, and the
 *   three are divided by tp+fp+fn (when it is > 0) so that long pages do not weigh
 *   more.
 * - Precision is averaged only over pages with tp+fp > 0, recall only over pages with
 *   tp+fn > 0: an empty prediction does not count towards precision at all (it only
 *   costs recall). This is the original's behaviour and needed to reproduce its
 *   numbers.
 * - F1 is the harmonic mean of the two averages (not an average of per-page F1s).
 */

export const SHINGLE_SIZE = 4;

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

/** `\w+` tokens of a text, as written (no case folding, no normalisation). */
export function tokenize(text: string | null | undefined): string[] {
  return text ? (text.match(TOKEN_RE) ?? []) : [];
}

/** Counted shingles; the key joins the tokens with a space (tokens never contain one). */
export function shingles(text: string | null | undefined, n: number = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** A page's normalised true positives, false positives and false negatives (sum 1, or all 0). */
export interface TpFpFn {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleMatching(truth: string | null | undefined, prediction: string | null | undefined, n: number = SHINGLE_SIZE): TpFpFn {
  const truthShingles = shingles(truth, n);
  const predShingles = shingles(prediction, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, truthCount] of truthShingles) {
    const predCount = predShingles.get(key) ?? 0;
    tp += Math.min(truthCount, predCount);
    fn += Math.max(0, truthCount - predCount);
  }
  for (const [key, predCount] of predShingles) {
    fp += Math.max(0, predCount - (truthShingles.get(key) ?? 0));
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export function precisionScore({ tp, fp, fn }: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore({ tp, fp, fn }: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Per-page precision, recall and F1 (the F1 here is for inspecting pages only). */
export interface PageScore extends TpFpFn {
  precision: number;
  recall: number;
  f1: number;
}

export function scorePage(truth: string | null | undefined, prediction: string | null | undefined): PageScore {
  const counts = shingleMatching(truth, prediction);
  const precision = precisionScore(counts);
  const recall = recallScore(counts);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...counts, precision, recall, f1 };
}

export interface AggregateScore {
  precision: number;
  recall: number;
  f1: number;
  /** Pages that entered the precision average (tp+fp > 0) and the recall average (tp+fn > 0). */
  precisionPages: number;
  recallPages: number;
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** The benchmark's aggregate: mean precision, mean recall, F1 of the two means. */
export function aggregate(pages: readonly TpFpFn[]): AggregateScore {
  const precisions = pages.filter((p) => p.tp + p.fp > 0).map(precisionScore);
  const recalls = pages.filter((p) => p.tp + p.fn > 0).map(recallScore);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, precisionPages: precisions.length, recallPages: recalls.length };
}
