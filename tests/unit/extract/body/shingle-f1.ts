/**
 * The extraction benchmark's metric (Scrapinghub article-extraction-benchmark):
 * `\w+` tokens, 4-token shingles with counts, P/R from Σmin and surpluses.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) out.set(shingle, (out.get(shingle) ?? 0) + 1);
  }
  return out;
}

export function shingleScore(truth: string, predicted: string): { precision: number; recall: number; f1: number } {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1, f1: 1 };
  if (tp === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
