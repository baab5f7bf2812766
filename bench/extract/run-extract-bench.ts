/**
 * `npm run bench:extract`: article capture, measured (issue 3). Body text against the
 * article-extraction-benchmark, metadata against the Fundus cases, speed against
 * Readability on jsdom. See bench/README.md.
 */
import { availableParallelism, cpus } from 'node:os';
import { type BodyBenchResult, runBodyBench, worstPages } from './body-bench';
import { type Candidate, loadCandidate, readabilityLinkedom } from './candidates';
import { benchmarksDir, loadExtractionPages, loadMetadataCases } from './datasets';
import { type MetadataBenchResult, runMetadataBench } from './metadata-bench';
import { type Options, parseOptions, USAGE } from './options';
import { emitChildResult, runPinnedChild, runSpeedBench, SPEED_CHILD_FLAG, type SpeedBenchResult } from './speed-bench';
import { formatValue, summaryRows } from './summary';
import { fmt, formatTable } from '../lib/table';
import { writeResults } from '../lib/results';

const log = (line = '') => process.stderr.write(`${line}\n`);

async function candidateFor(options: Options): Promise<{ candidate: Candidate | null; unavailable: string | null }> {
  const loaded = await loadCandidate(options.candidate);
  return loaded.ok ? { candidate: loaded.candidate, unavailable: null } : { candidate: null, unavailable: loaded.reason };
}

async function speedChild(options: Options): Promise<void> {
  const { candidate } = await candidateFor(options);
  const pages = loadExtractionPages(benchmarksDir(options.data), options.limit);
  emitChildResult(await runSpeedBench(pages, candidate, options.passes, 'taskset -c 0'));
}

function printBody(body: BodyBenchResult): void {
  log(`\nBody: ${body.pages} pages${body.errors ? `, ${body.errors} candidate errors` : ''}. Ten worst by F1 (${body.candidate ? 'candidate' : 'baseline'}):`);
  log(
    formatTable(
      ['id', 'P', 'R', 'F1', 'baseline F1', 'error'],
      worstPages(body).map((p) => [p.id, fmt((p.candidate ?? p.baseline).precision), fmt((p.candidate ?? p.baseline).recall), fmt((p.candidate ?? p.baseline).f1), fmt(p.baseline.f1), p.error ?? '']),
    ),
  );
}

function printMetadata(metadata: MetadataBenchResult): void {
  const run = metadata.candidate ?? metadata.reference;
  const misses = run.perCase.filter((c) => !c.title.ok).length;
  const dateMisses = run.perCase.filter((c) => !c.published.ok).length;
  log(`\nMetadata (${run.extractor}): ${run.scores.cases} cases, ${misses} title misses, ${dateMisses} date misses, authors scored on ${run.scores.authorsScored}${run.scores.errors ? `, ${run.scores.errors} errors` : ''} (details per case in the JSON).`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv);
  if (options.help) {
    log(USAGE);
    return;
  }
  if (argv.includes(SPEED_CHILD_FLAG)) return speedChild(options);

  const root = benchmarksDir(options.data);
  const { candidate, unavailable } = await candidateFor(options);
  log(`Benchmarks: ${root}`);
  log(candidate ? `Candidate: ${candidate.describe}` : `Candidate ${options.candidate} not available (${unavailable}): running the baselines only.`);
  if (options.limit !== null) log(`Limited to ${options.limit} pages/cases per set (spread evenly): not comparable with full runs.`);

  let body: BodyBenchResult | null = null;
  let metadata: MetadataBenchResult | null = null;
  let speed: SpeedBenchResult | null = null;

  if (options.parts.includes('body')) {
    log('\nRunning body benchmark…');
    body = await runBodyBench(loadExtractionPages(root, options.limit), candidate);
    printBody(body);
  }
  if (options.parts.includes('metadata')) {
    log('\nRunning metadata benchmark…');
    const cases = loadMetadataCases(root, options.limit);
    metadata = await runMetadataBench(cases, candidate, readabilityLinkedom);
    printMetadata(metadata);
  }
  if (options.parts.includes('speed')) {
    log(`\nRunning speed benchmark (1 warm-up + ${options.passes} timed passes per extractor)…`);
    let failure: string | null = 'not pinned (--no-pin)';
    if (options.pin) ({ result: speed, failure } = runPinnedChild(argv));
    if (!speed) {
      log(`Speed measured in-process: ${failure}.`);
      speed = await runSpeedBench(loadExtractionPages(root, options.limit), candidate, options.passes, `in-process, not pinned (${failure})`);
    }
  }

  const rows = summaryRows(body, metadata, speed);
  const title = `Extraction benchmark — candidate: ${candidate ? candidate.name : `none (${options.candidate} unavailable)`}${options.limit !== null ? ` — LIMITED to ${options.limit}` : ''}`;
  console.log(`\n${title}`);
  console.log(
    formatTable(
      ['metric', 'candidate', 'baseline', 'target', 'status'],
      rows.map((r) => [r.metric, formatValue(r.candidate, r.unit), formatValue(r.baseline, r.unit), r.target, r.status]),
    ),
  );
  if (speed) {
    const ms = (name: string, row: { msPerPage: number } | null) => (row ? `${name} ${row.msPerPage.toFixed(1)} ms/page` : null);
    console.log(`Speed (${speed.pinning}): ${[ms(candidate?.name ?? 'candidate', speed.candidate), ms('readability-jsdom', speed.readabilityJsdom), ms('readability-linkedom', speed.readabilityLinkedom)].filter(Boolean).join(', ')}.`);
  }
  console.log('Baseline column: body = stored Readability.js 0.6.0 (jsdom) output; metadata = Readability 0.6 on linkedom; speed = Readability 0.6 on jsdom, same run.');

  if (options.write) {
    const date = new Date();
    const paths = writeResults(
      'extract',
      {
        date: date.toISOString(),
        node: process.version,
        cpu: cpus()[0]?.model ?? null,
        cores: availableParallelism(),
        options,
        benchmarks: root,
        candidate: { name: options.candidate, available: candidate !== null, unavailable },
        summary: rows,
        body,
        metadata,
        speed,
      },
      undefined,
      date,
    );
    console.log(`Results: ${paths.stamped}`);
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
