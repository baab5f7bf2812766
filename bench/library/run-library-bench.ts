/**
 * `npm run bench:library`: the library at scale (issue 4). Generates a library of
 * 100,000 clippings recombined from the real articles in ../shared/benchmarks, then
 * measures search, list windows, the sidebar panes, opening, bulk tagging and import
 * on one core. See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openLibrary, type Library } from '../../electron/core/library';
import { benchmarksDir } from '../extract/datasets';
import { writeResults } from '../lib/results';
import { formatTable } from '../lib/table';
import { loadCorpus } from './corpus';
import { generateLibrary, type LibraryShape } from './generate-library';
import { measureOpen, type OpenTiming } from './open-timing';
import { JIT_WARM_UP_PER_KIND, measureOperations, type OperationResult } from './operations';
import { measureFlag, parseOptions, USAGE, type Options } from './options';
import { buildQueries } from './queries';
import { describeSlowest, SampleTracer } from './sample-trace';

const log = (line = '') => process.stderr.write(`${line}\n`);
const RESULT_MARKER = 'LIBRARY_BENCH_RESULT ';
const SHAPE_FILE = 'bench-library.json';

interface Measured {
  operations: OperationResult[];
  open: OpenTiming;
  peakRssMb: number;
}

function openBenchLibrary(dataDir: string): Library {
  return openLibrary({ dataDir, mode: 'cli', capture: 'in-process', downloadImages: false });
}

/** Generates the library unless `dir` already holds one of this shape. */
function prepareLibrary(dir: string, shape: LibraryShape, options: Options): { generatedSeconds: number | null } {
  const marker = join(dir, SHAPE_FILE);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === JSON.stringify(shape)) {
    log(`Reusing the library in ${dir}.`);
    return { generatedSeconds: null };
  }
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty and holds no benchmark library of this shape; choose an empty folder.`);
  const corpus = loadCorpus(benchmarksDir(options.data));
  log(`Generating ${shape.clippings.toLocaleString('en')} clippings, ${shape.tags.toLocaleString('en')} tags, ${shape.outlets} outlets in ${dir}…`);
  const started = performance.now();
  const library = openBenchLibrary(dir);
  try {
    generateLibrary(library, corpus, shape, (done) => {
      if (done % 10_000 === 0 || done === shape.clippings) log(`  ${done.toLocaleString('en')} clippings (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    });
    library.db.pragma('wal_checkpoint(TRUNCATE)');
    library.db.exec('ANALYZE');
  } finally {
    library.close();
  }
  writeFileSync(marker, JSON.stringify(shape));
  return { generatedSeconds: (performance.now() - started) / 1000 };
}

async function measure(dir: string, options: Options, shape: LibraryShape): Promise<Measured> {
  const open = await measureOpen(dir, 10);
  const corpus = loadCorpus(benchmarksDir(options.data));
  const library = openBenchLibrary(dir);
  try {
    const tagPaths = library.tags.list().map((tag) => tag.path);
    // As many distinct queries as timed runs: none is answered from the totals cache.
    const queries = buildQueries(corpus, tagPaths, shape.seed + 1, options.reps + 3);
    const warmUpQueries = buildQueries(corpus, tagPaths, shape.seed + 1001, JIT_WARM_UP_PER_KIND);
    const tracer = options.trace ? new SampleTracer() : null;
    try {
      const operations = await measureOperations(library, corpus, queries, warmUpQueries, options.reps, shape.seed + 2, tracer);
      return { operations, open, peakRssMb: process.resourceUsage().maxRSS / 1024 };
    } finally {
      tracer?.close();
    }
  } finally {
    library.close();
  }
}

function runPinned(dir: string, argv: string[]): Measured {
  const script = process.argv[1]!;
  const taskset = ['/usr/bin/taskset', '/bin/taskset'].find((path) => existsSync(path));
  if (!taskset) throw new Error('taskset is not available: run with --no-pin');
  const child = spawnSync(taskset, ['-c', '0', process.execPath, ...process.execArgv, script, ...argv, '--measure', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = child.stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
  if (child.status !== 0 || !line) throw new Error(`the pinned measurement failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(line.slice(RESULT_MARKER.length)) as Measured;
}

function databaseBytes(dir: string): number {
  return ['dossier.sqlite', 'dossier.sqlite-wal'].map((name) => join(dir, name)).filter(existsSync).reduce((sum, file) => sum + statSync(file).size, 0);
}

function printSummary(measured: Measured, shape: LibraryShape, bytes: number): void {
  const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);
  const rows = measured.operations.map((op) => [op.name, ms(op.p50), ms(op.p95), ms(op.max), op.target === null ? '' : `≤ ${op.target}`, op.target === null ? 'info' : op.p95 <= op.target ? 'pass' : 'FAIL', op.detail]);
  const open = measured.open;
  rows.push(['open: process start → first window', ms(open.fromProcessStart.p50), ms(open.fromProcessStart.p95), ms(open.fromProcessStart.max), '≤ 500', open.fromProcessStart.p95 <= 500 ? 'pass' : 'FAIL', `${open.fromProcessStart.n} starts`]);
  rows.push(['open: database open → first window', ms(open.openToFirstWindow.p50), ms(open.openToFirstWindow.p95), ms(open.openToFirstWindow.max), '', 'info', '']);
  log(`\nLibrary benchmark — ${shape.clippings.toLocaleString('en')} clippings, ${shape.tags.toLocaleString('en')} tags, ${shape.outlets} outlets, one core (taskset -c 0), times in ms`);
  log(formatTable(['operation', 'p50', 'p95', 'max', 'target p95', 'status', 'last run'], rows));
  const traced = measured.operations.filter((op) => op.trace);
  if (traced.length > 0) {
    log('\nThe slowest runs (--trace): wall ms (process CPU, collections during the run, time off the CPU, involuntary context switches)');
    for (const op of traced) log(`  ${op.name}: ${describeSlowest(op.trace!)}`);
  }
  log(`Database: ${(bytes / 1024 / 1024).toFixed(0)} MB, ${(bytes / shape.clippings / 1024).toFixed(1)} KB per clipping. Peak memory of the measuring process: ${measured.peakRssMb.toFixed(0)} MB.`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const measureDir = measureFlag(argv);
  const options = parseOptions(argv.filter((arg, i) => arg !== '--measure' && argv[i - 1] !== '--measure'));
  if (options.help) return log(USAGE);
  const shape: LibraryShape = { clippings: options.size, tags: options.tags, outlets: options.outlets, collections: options.collections, seed: options.seed };
  if (measureDir) {
    process.stdout.write(`${RESULT_MARKER}${JSON.stringify(await measure(measureDir, options, shape))}\n`);
    return;
  }
  const dir = options.keep ? resolve(options.keep) : mkdtempSync(join(tmpdir(), 'dossier-bench-library-'));
  try {
    const { generatedSeconds } = prepareLibrary(dir, shape, options);
    if (generatedSeconds !== null) log(`Generated in ${generatedSeconds.toFixed(0)} s.`);
    const bytes = databaseBytes(dir);
    log('Measuring…');
    const measured = options.pin ? runPinned(dir, argv) : await measure(dir, options, shape);
    printSummary(measured, shape, bytes);
    if (options.write) {
      const { stamped } = writeResults('library', { shape, generatedSeconds, databaseBytes: bytes, bytesPerClipping: bytes / shape.clippings, ...measured });
      log(`Results: ${stamped}`);
    }
    if (options.keep) log(`The library stays in ${dir}: dossier serve --data-dir ${dir}`);
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  log(`bench:library: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
