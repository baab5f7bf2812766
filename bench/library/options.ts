import { parseArgs } from 'node:util';

/** Command-line options of `npm run bench:library -- …`. */
export interface Options {
  size: number;
  tags: number;
  outlets: number;
  collections: number;
  seed: number;
  /** Timed runs per operation (after warm-up). */
  reps: number;
  /** Leave the generated library in this folder (reused by a later run with the same shape). */
  keep: string | null;
  data: string | null;
  pin: boolean;
  write: boolean;
  /** Record where each timed run's time went (CPU, collections, off the CPU). */
  trace: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run bench:library -- [options]
  --size N          clippings to generate (default 100000)
  --tags N          tags in the hierarchy (default 10000)
  --outlets N       outlets (default 500)
  --keep DIR        leave the library in DIR, an ordinary data folder for
                    \`dossier serve --data-dir DIR\`; a later run with the same
                    shape reuses it instead of generating again
  --reps N          timed runs per operation after warm-up (default 50)
  --seed N          seed of the generator and the queries (default 4)
  --data DIR        benchmarks folder (default ../shared/benchmarks)
  --no-pin          measure in this process, not in a child pinned to one core
  --no-write        do not write bench/results/library-*.json
  --trace           for each timed run, record its CPU time, the collections
                    during it and the time off the CPU (another process had the
                    core); prints where the slowest runs' time went
  --help`;

export function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string' },
      tags: { type: 'string' },
      outlets: { type: 'string' },
      collections: { type: 'string' },
      seed: { type: 'string' },
      reps: { type: 'string' },
      keep: { type: 'string' },
      data: { type: 'string' },
      'no-pin': { type: 'boolean' },
      'no-write': { type: 'boolean' },
      trace: { type: 'boolean' },
      measure: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  const int = (name: string, value: string | undefined, fallback: number) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a whole number, got ${value}`);
    return n;
  };
  return {
    size: int('size', values.size, 100_000),
    tags: int('tags', values.tags, 10_000),
    outlets: int('outlets', values.outlets, 500),
    collections: int('collections', values.collections, 200),
    seed: int('seed', values.seed, 4),
    reps: int('reps', values.reps, 50),
    keep: values.keep ?? null,
    data: values.data ?? null,
    pin: values['no-pin'] !== true,
    write: values['no-write'] !== true,
    trace: values.trace === true,
    help: values.help === true,
  };
}

/** The measuring child's own flag: the data folder to measure. */
export function measureFlag(argv: string[]): string | null {
  const at = argv.indexOf('--measure');
  return at === -1 ? null : (argv[at + 1] ?? null);
}
