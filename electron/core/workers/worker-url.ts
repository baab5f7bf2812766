import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Where the capture worker is. From source (tsx, Vitest) this module's URL ends in .ts
 * and the worker is capture-worker.ts beside it; in the esbuild bundle this code sits in
 * dist/electron/main.mjs, and scripts/build-electron.mjs writes capture-worker.mjs beside it.
 */
export function defaultWorkerUrl(): URL {
  return isTypeScript(new URL(import.meta.url))
    ? new URL('./capture-worker.ts', import.meta.url)
    : new URL('./capture-worker.mjs', import.meta.url);
}

/**
 * Starts a worker: JavaScript directly, TypeScript through the tsx bootstrap (see
 * tsx-worker.mjs). `execArgv: []` because a worker inherits the parent's Node flags by
 * default, and some stop it from starting (`node --input-type=module -e …` does).
 */
export function startWorker(url: URL, resourceLimits: ResourceLimits): Worker {
  const options = { resourceLimits, execArgv: [] };
  if (!isTypeScript(url)) return new Worker(url, options);
  return new Worker(new URL('./tsx-worker.mjs', import.meta.url), { ...options, workerData: { entry: url.href } });
}

function isTypeScript(url: URL): boolean {
  return url.pathname.endsWith('.ts');
}
