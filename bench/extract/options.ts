import { CANDIDATE_NAMES, type CandidateName, isCandidateName } from './candidates';

/** Command-line options of `npm run bench:extract -- …`. */
export const PARTS = ['body', 'metadata', 'speed'] as const;
export type Part = (typeof PARTS)[number];

export interface Options {
  parts: Part[];
  /** Pages/cases per set, spread evenly; null for all. */
  limit: number | null;
  candidate: CandidateName;
  /** Timed passes of the speed benchmark (after one warm-up pass). */
  passes: number;
  /** Benchmarks folder (default ../shared/benchmarks, or $DOSSIER_BENCHMARKS). */
  data: string | null;
  /** Measure speed in this process instead of a child pinned to one core. */
  pin: boolean;
  /** Write bench/results/extract-*.json. */
  write: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run bench:extract -- [options]
  --only body|metadata|speed   run one part (repeat or comma-separate for several)
  --limit N                    N pages/cases per set, spread evenly (quick runs)
  --candidate NAME             ${CANDIDATE_NAMES.join(' | ')} (default extract-article)
  --passes N                   timed speed passes after the warm-up (default 3)
  --data DIR                   benchmarks folder (default ../shared/benchmarks)
  --no-pin                     measure speed in-process, not pinned to one core
  --no-write                   do not write bench/results/extract-*.json
  --help`;

function positiveInt(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive whole number, got ${value ?? 'nothing'}`);
  return n;
}

export function parseOptions(argv: readonly string[]): Options {
  const options: Options = { parts: [...PARTS], limit: null, candidate: 'extract-article', passes: 3, data: null, pin: true, write: true, help: false };
  const only: Part[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--only':
        for (const part of (value() ?? '').split(',')) {
          if (!(PARTS as readonly string[]).includes(part)) throw new Error(`--only takes ${PARTS.join(', ')}; got ${part || 'nothing'}`);
          if (!only.includes(part as Part)) only.push(part as Part);
        }
        break;
      case '--limit':
        options.limit = positiveInt('--limit', value());
        break;
      case '--passes':
        options.passes = positiveInt('--passes', value());
        break;
      case '--candidate': {
        const name = value() ?? '';
        if (!isCandidateName(name)) throw new Error(`--candidate takes ${CANDIDATE_NAMES.join(', ')}; got ${name || 'nothing'}`);
        options.candidate = name;
        break;
      }
      case '--data':
        options.data = value() ?? null;
        break;
      case '--no-pin':
        options.pin = false;
        break;
      case '--no-write':
        options.write = false;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--speed-child':
        break; // internal: see speed-bench.ts
      default:
        throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
  }
  if (only.length > 0) options.parts = PARTS.filter((p) => only.includes(p));
  return options;
}
