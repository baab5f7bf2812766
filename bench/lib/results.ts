import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** bench/results/, where every benchmark writes its JSON (ignored by git, except .gitkeep). */
export const RESULTS_DIR = resolve(import.meta.dirname, '../results');

/** A timestamp that is safe in a file name on every OS: 2025-06-01T12-30-05.123Z. */
export function fileTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/:/g, '-');
}

/**
 * Writes `<name>-<timestamp>.json` and `<name>-latest.json` into `dir` and returns
 * both paths. The JSON is pretty-printed so that a diff of two runs is readable.
 */
export function writeResults(name: string, data: unknown, dir: string = RESULTS_DIR, date: Date = new Date()): { stamped: string; latest: string } {
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(data, null, 2)}\n`;
  const stamped = join(dir, `${name}-${fileTimestamp(date)}.json`);
  const latest = join(dir, `${name}-latest.json`);
  writeFileSync(stamped, json);
  writeFileSync(latest, json);
  return { stamped, latest };
}
