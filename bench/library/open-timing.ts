import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { timingOf, type Timing } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT_DIR = join(ROOT, 'node_modules/.cache/dossier-bench');

export interface OpenTiming {
  /** Process start to the first window of rows. */
  fromProcessStart: Timing;
  /** Opening the database (migration check included) to the first window. */
  openToFirstWindow: Timing;
}

/**
 * "Open the library": the core bundled as the app bundles it, started afresh `runs`
 * times on the generated library (the operating system's file cache is warm).
 */
export async function measureOpen(dataDir: string, runs: number): Promise<OpenTiming> {
  mkdirSync(OUT_DIR, { recursive: true });
  const outfile = join(OUT_DIR, 'open-child.mjs');
  rmSync(OUT_DIR, { recursive: true, force: true });
  await build({
    entryPoints: [join(ROOT, 'bench/library/open-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: OUT_DIR,
    outExtension: { '.js': '.mjs' },
    // As scripts/build-electron.mjs bundles the app's main process: our code in, packages
    // loaded from node_modules, code behind a dynamic import() in chunks loaded on first use.
    packages: 'external',
    splitting: true,
    logLevel: 'error',
  });
  cpSync(join(ROOT, 'electron/core/db/migrations'), join(OUT_DIR, 'migrations'), { recursive: true });
  const fromStart: number[] = [];
  const toWindow: number[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, [outfile, dataDir], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`open-child failed: ${child.stderr}`);
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { sinceProcessStart: number; openToFirstWindow: number; rows: number };
    if (result.rows === 0) throw new Error('open-child listed no rows');
    fromStart.push(result.sinceProcessStart);
    toWindow.push(result.openToFirstWindow);
  }
  return { fromProcessStart: timingOf(fromStart), openToFirstWindow: timingOf(toWindow) };
}
