import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type Candidate, type Extractor, readabilityJsdom, readabilityLinkedom } from './candidates';
import type { ExtractionPage } from './datasets';

/**
 * Speed benchmark: pages per second, end to end (HTML string in, everything the
 * extractor returns out), over the extraction pages, after one untimed warm-up pass;
 * timed passes are taken in turns, each after a full garbage collection, and each
 * page counts with its fastest timed pass.
 * All extractors run in the same process, one after the other, pinned to one core
 * (taskset -c 0) when the machine allows it, so that GC and JIT threads cannot borrow
 * the second core.
 */
export interface SpeedRow {
  name: string;
  pages: number;
  timedPasses: number;
  /** Seconds of each timed pass. */
  passSeconds: number[];
  /**
   * Pages per second from each page's fastest timed pass: robust to other work on a
   * shared machine, which only ever adds time. The ratio uses this.
   */
  pagesPerSecond: number;
  msPerPage: number;
  /** Pages per second over all timed passes (mean), for comparison. */
  meanPagesPerSecond: number;
  /** Pages on which the extractor threw (counted in the warm-up pass). */
  errors: number;
}

export interface SpeedBenchResult {
  /** How the measuring process was held to one core. */
  pinning: string;
  candidate: SpeedRow | null;
  /** The baseline: Readability on jsdom. */
  readabilityJsdom: SpeedRow;
  /** For information: Readability on linkedom. */
  readabilityLinkedom: SpeedRow;
  /** candidate pages/s ÷ Readability-on-jsdom pages/s. */
  ratio: number | null;
}

/** One pass over the pages: milliseconds per page, and how many threw. */
async function onePass(extract: Extractor, pages: readonly ExtractionPage[]): Promise<{ ms: number[]; errors: number }> {
  let errors = 0;
  const ms: number[] = [];
  for (const page of pages) {
    const start = performance.now();
    try {
      await extract(page.html, page.url);
    } catch {
      errors++;
    }
    ms.push(performance.now() - start);
  }
  return { ms, errors };
}

/**
 * A full garbage collection, run (untimed) before each timed pass, so that no
 * extractor pays for the garbage of the one timed before it (jsdom leaves a lot).
 */
function collectGarbage(): void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed();
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

interface Timed {
  name: string;
  extract: Extractor;
  passSeconds: number[];
  /** Fastest time of each page over the timed passes (ms). */
  bestMs: number[];
  errors: number;
}

function toRow(timed: Timed, pages: number): SpeedRow {
  const seconds = timed.passSeconds.reduce((a, b) => a + b, 0);
  const timedPages = pages * timed.passSeconds.length;
  const bestSeconds = timed.bestMs.reduce((a, b) => a + b, 0) / 1000;
  return {
    name: timed.name,
    pages,
    timedPasses: timed.passSeconds.length,
    passSeconds: timed.passSeconds,
    pagesPerSecond: bestSeconds > 0 ? pages / bestSeconds : 0,
    msPerPage: pages > 0 ? (bestSeconds * 1000) / pages : 0,
    meanPagesPerSecond: seconds > 0 ? timedPages / seconds : 0,
    errors: timed.errors,
  };
}

/**
 * Times several extractors fairly: one untimed warm-up pass each, then the timed
 * passes taken in turns (A B C, A B C, …) so that none is favoured by the order.
 */
export async function timeExtractors(extractors: ReadonlyArray<{ name: string; extract: Extractor }>, pages: readonly ExtractionPage[], passes: number): Promise<SpeedRow[]> {
  const timed: Timed[] = extractors.map((e) => ({ ...e, passSeconds: [], bestMs: pages.map(() => Infinity), errors: 0 }));
  for (const t of timed) t.errors = (await onePass(t.extract, pages)).errors;
  for (let i = 0; i < passes; i++) {
    for (const t of timed) {
      collectGarbage();
      const start = performance.now();
      const { ms } = await onePass(t.extract, pages);
      t.passSeconds.push((performance.now() - start) / 1000);
      ms.forEach((m, i) => (t.bestMs[i] = Math.min(t.bestMs[i]!, m)));
    }
  }
  return timed.map((t) => toRow(t, pages.length));
}

export async function runSpeedBench(pages: readonly ExtractionPage[], candidate: Candidate | null, passes: number, pinning: string): Promise<SpeedBenchResult> {
  const extractors = [
    ...(candidate ? [{ name: candidate.name, extract: candidate.extract }] : []),
    { name: 'readability-jsdom', extract: readabilityJsdom },
    { name: 'readability-linkedom', extract: readabilityLinkedom },
  ];
  const rows = await timeExtractors(extractors, pages, passes);
  const candidateRow = candidate ? rows[0]! : null;
  const jsdomRow = rows[candidate ? 1 : 0]!;
  const linkedomRow = rows[candidate ? 2 : 1]!;
  return {
    pinning,
    candidate: candidateRow,
    readabilityJsdom: jsdomRow,
    readabilityLinkedom: linkedomRow,
    ratio: candidateRow && jsdomRow.pagesPerSecond > 0 ? candidateRow.pagesPerSecond / jsdomRow.pagesPerSecond : null,
  };
}

// ---- one core -----------------------------------------------------------------------

export const SPEED_CHILD_FLAG = '--speed-child';
const RESULT_MARKER = 'SPEED-RESULT ';

/** Prints the child's result where the parent will find it. */
export function emitChildResult(result: SpeedBenchResult): void {
  process.stdout.write(`${RESULT_MARKER}${JSON.stringify(result)}\n`);
}

/**
 * Re-runs this script (same Node, same loader flags, same options) under
 * `taskset -c 0` with SPEED_CHILD_FLAG, and returns what the child measured; null
 * when taskset is not there or the child fails (the caller then measures in-process).
 */
export function runPinnedChild(forwardedArgs: readonly string[]): { result: SpeedBenchResult | null; failure: string | null } {
  const taskset = ['/usr/bin/taskset', '/bin/taskset'].find((p) => existsSync(p));
  if (!taskset || process.platform !== 'linux') return { result: null, failure: 'taskset not available' };
  const script = process.argv[1];
  if (!script) return { result: null, failure: 'no script path' };
  const child = spawnSync(taskset, ['-c', '0', process.execPath, ...process.execArgv, script, ...forwardedArgs, SPEED_CHILD_FLAG], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) return { result: null, failure: `pinned child exited with ${child.status ?? child.signal}` };
  const line = child.stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
  if (!line) return { result: null, failure: 'pinned child printed no result' };
  return { result: JSON.parse(line.slice(RESULT_MARKER.length)) as SpeedBenchResult, failure: null };
}
