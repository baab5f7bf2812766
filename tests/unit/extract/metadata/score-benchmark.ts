/**
 * Scores extractMetadata on the Fundus-derived benchmark (not a test):
 *   npx tsx tests/unit/extract/metadata/score-benchmark.ts [--fails] [filter]
 * title: exact after NFC + whitespace folding; published: same instant within
 * 60 s when the expected value has a time (wall clock when either side is naive),
 * else the same day; authors: set F1, case- and space-insensitive.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractMetadata } from '../../../../electron/core/extract/metadata/extract-metadata';
import { parseHtml } from '../../../../electron/core/extract/parse-html';

const ROOT = process.env.METADATA_BENCH ?? '/work/shared/benchmarks/metadata';

interface Expected {
  url: string;
  title: string | null;
  authors: string[] | null;
  publishing_date: string | null;
}

export const fold = (s: string | null | undefined): string => (s ?? '').normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
const nameKey = (s: string): string => fold(s).toLowerCase().replace(/\s+/g, '');

interface Stamp { wall: number; utc: number | null; hasTime: boolean; day: string }
function stamp(value: string | null): Stamp | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec((value ?? '').trim());
  if (!m) return null;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  let utc: number | null = null;
  if (m[7]) {
    const off = m[7] === 'Z' ? 0 : (m[7].startsWith('-') ? -1 : 1) * (+m[7].slice(1, 3) * 60 + +m[7].slice(-2));
    utc = wall - off * 60_000;
  }
  return { wall, utc, hasTime: m[4] !== undefined, day: `${m[1]}-${m[2]}-${m[3]}` };
}

export function dateMatches(expected: string | null, actual: string | null): boolean {
  const e = stamp(expected);
  const a = stamp(actual);
  if (!e) return a === null;
  if (!a) return false;
  const expectsTime = e.hasTime && !(e.utc === null && e.wall % 86_400_000 === 0);
  if (!expectsTime || !a.hasTime) return e.day === a.day;
  if (e.utc !== null && a.utc !== null) return Math.abs(e.utc - a.utc) <= 60_000;
  return Math.abs(e.wall - a.wall) <= 60_000;
}

export function authorF1(expected: string[], actual: string[]): number {
  const e = new Set(expected.map(nameKey).filter(Boolean));
  const a = new Set(actual.map(nameKey).filter(Boolean));
  if (e.size === 0 && a.size === 0) return 1;
  if (e.size === 0 || a.size === 0) return 0;
  let tp = 0;
  for (const x of a) if (e.has(x)) tp++;
  if (tp === 0) return 0;
  const p = tp / a.size;
  const r = tp / e.size;
  return (2 * p * r) / (p + r);
}

function main(): void {
  const showFails = process.argv.includes('--fails');
  const filter = process.argv.slice(2).find((a) => !a.startsWith('--'));
  let n = 0;
  let titles = 0;
  let dates = 0;
  let authors = 0;
  let ms = 0;
  let titlesQuoteFolded = 0;
  const quotes = (s: string): string => s.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"');
  for (const country of readdirSync(ROOT).sort()) {
    for (const file of readdirSync(join(ROOT, country)).filter((f) => f.endsWith('.html.gz')).sort()) {
      const id = `${country}/${file.replace('.html.gz', '')}`;
      if (filter && !id.includes(filter)) continue;
      const expected = JSON.parse(readFileSync(join(ROOT, country, file.replace('.html.gz', '.expected.json')), 'utf8')) as Expected;
      const html = gunzipSync(readFileSync(join(ROOT, country, file))).toString('utf8');
      const t0 = performance.now();
      const got = extractMetadata(parseHtml(html), expected.url);
      ms += performance.now() - t0;
      n++;
      const t = fold(expected.title) === fold(got.title);
      const d = dateMatches(expected.publishing_date, got.published);
      const a = authorF1(expected.authors ?? [], got.authors);
      titles += t ? 1 : 0;
      titlesQuoteFolded += quotes(fold(expected.title)) === quotes(fold(got.title)) ? 1 : 0;
      dates += d ? 1 : 0;
      authors += a;
      if (showFails && (!t || !d || a < 1)) {
        console.log(`\n${id}`);
        if (!t) console.log(`  title  exp ${JSON.stringify(fold(expected.title))}\n         got ${JSON.stringify(got.title)}`);
        if (!d) console.log(`  date   exp ${expected.publishing_date}  got ${got.published}`);
        if (a < 1) console.log(`  author exp ${JSON.stringify(expected.authors)}  got ${JSON.stringify(got.authors)}`);
      }
    }
  }
  console.log(`\n${n} cases  title ${(titles / n).toFixed(3)}  date ${(dates / n).toFixed(3)}  authors ${(authors / n).toFixed(3)}  [title with typographic quotes folded ${(titlesQuoteFolded / n).toFixed(3)}]  (${(ms / n).toFixed(1)} ms/page)`);
}

if (process.argv[1]?.endsWith('score-benchmark.ts')) main();
