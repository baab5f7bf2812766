#!/usr/bin/env node
// Bundles the desktop shell with esbuild:
//   electron/main/main.ts       -> dist/electron/main.mjs   (ESM; npm packages stay in node_modules)
//   electron/core/workers/capture-worker.ts -> dist/electron/capture-worker.mjs (ESM, same rules;
//     the capture pool in main.mjs starts it via new URL('./capture-worker.mjs', import.meta.url))
//   electron/preload/preload.ts -> dist/electron/preload.cjs (CJS, self-contained: sandboxed preloads can only require 'electron')
//   electron/core/db/migrations/*.sql -> dist/electron/migrations/ (the core finds them via new URL('./migrations/', import.meta.url))
//   --out-dir DIR  build elsewhere (tests); --minify
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_TARGET = 'node22'; // Electron 41's embedded Node is 22+ (node engine of electron's package).

/** Builds into `outDir` (default dist/electron). Returns the paths written. */
export async function buildElectron({ outDir = join(ROOT, 'dist', 'electron'), minify = false } = {}) {
  // Build into a staging folder and swap it in only when everything succeeded.
  const finalDir = resolve(outDir);
  const stageDir = `${finalDir}.building-${process.pid}`;
  rmSync(stageDir, { recursive: true, force: true });
  mkdirSync(stageDir, { recursive: true });
  try {
    await buildInto(stageDir, minify);
    rmSync(finalDir, { recursive: true, force: true });
    renameSync(stageDir, finalDir);
  } catch (error) {
    rmSync(stageDir, { recursive: true, force: true });
    throw error;
  }
  const migrations = readdirSync(join(finalDir, 'migrations')).map((name) => join(finalDir, 'migrations', name));
  return { main: join(finalDir, 'main.mjs'), preload: join(finalDir, 'preload.cjs'), worker: join(finalDir, 'capture-worker.mjs'), migrations };
}

async function buildInto(outDir, minify) {
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    target: ELECTRON_TARGET,
    sourcemap: 'linked',
    minify,
    logLevel: 'warning',
    legalComments: 'none',
  };
  const main = join(outDir, 'main.mjs');
  const preload = join(outDir, 'preload.cjs');
  const worker = join(outDir, 'capture-worker.mjs');
  // allSettled: a failure must not leave the other build writing into a folder being removed.
  const results = await Promise.allSettled([
    build({
      ...common,
      entryPoints: [join(ROOT, 'electron/main/main.ts')],
      // Split: what the core loads with import() on first use (the capture stack, the
      // sample dossier) goes to chunks beside main.mjs, so the window opens sooner.
      outdir: outDir,
      entryNames: 'main',
      chunkNames: 'main-[name]-[hash]',
      outExtension: { '.js': '.mjs' },
      splitting: true,
      format: 'esm',
      packages: 'external',
      external: ['electron'],
    }),
    build({
      ...common,
      entryPoints: [join(ROOT, 'electron/core/workers/capture-worker.ts')],
      outfile: worker,
      format: 'esm',
      packages: 'external',
    }),
    build({
      ...common,
      entryPoints: [join(ROOT, 'electron/preload/preload.ts')],
      outfile: preload,
      format: 'cjs',
      external: ['electron'],
    }),
  ]);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  const migrationsFrom = join(ROOT, 'electron/core/db/migrations');
  const migrationsTo = join(outDir, 'migrations');
  mkdirSync(migrationsTo, { recursive: true });
  const migrations = readdirSync(migrationsFrom).filter((name) => name.endsWith('.sql'));
  for (const name of migrations) copyFileSync(join(migrationsFrom, name), join(migrationsTo, name));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const at = process.argv.indexOf('--out-dir');
    const outDir = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : undefined;
    const out = await buildElectron({ outDir, minify: process.argv.includes('--minify') });
    console.log(`Built ${rel(out.main)}, ${rel(out.worker)}, ${rel(out.preload)} and ${out.migrations.length} migration(s).`);
  } catch (error) {
    if (!error?.errors) console.error(error);
    console.error('Electron build failed.');
    process.exit(1);
  }
}

function rel(file) {
  return file.startsWith(ROOT) ? file.slice(ROOT.length + 1) : file;
}
