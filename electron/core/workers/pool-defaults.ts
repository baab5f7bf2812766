import { availableParallelism } from 'node:os';

export const DEFAULT_TASK_TIMEOUT_MS = 60_000;

/** One thread stays free for the main thread; more than two would only compete with it. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(2, availableParallelism() - 1));
}

/**
 * All the workers' heaps together. Electron compresses pointers, so every isolate of its
 * main process (its own and each worker's) shares one 4 GB heap cage: a worker that
 * filled it would abort the whole app instead of being stopped at its own limit.
 */
const WORKER_HEAP_BUDGET_MB = 2560;

/**
 * Each worker's share of the budget, at most 2 GB: 1280 MB on two workers. A generated
 * 19.5 MB page (MAX_CLIPPING_BYTES is 20 MB) needed more than 768 MB and less than 1024.
 */
export function defaultHeapLimitMb(size: number): number {
  return Math.min(2048, Math.floor(WORKER_HEAP_BUDGET_MB / size));
}
