/**
 * electron/core/workers — capture off the main thread.
 *
 * What runs where:
 * - The main thread (Electron's main process, the browser-mode host, the CLI) fetches
 *   pages, reads files and stores clippings; it calls `pool.run('prepareFromFile', input)`.
 * - Worker threads (capture-worker.ts) run the CPU-heavy capture tasks of
 *   capture/capture-tasks.ts: decode, parse, extract, convert. Input and the
 *   PreparedClipping cross by structured clone (result bytes are moved back, not copied).
 * - Each worker runs one task at a time under a heap limit and a time limit; a worker
 *   that crashes, runs out of memory or overruns is terminated and the task rejects with
 *   an ApiError saying nothing was saved. The process itself never goes down with it.
 *
 * How the worker is found (worker-url.ts): from source (tsx, Vitest) capture-worker.ts is
 * started through tsx-worker.mjs, which registers tsx inside the worker; from the desktop
 * bundle, capture-worker.mjs is the esbuild bundle beside dist/electron/main.mjs.
 */
import type { CaptureTaskName, CaptureTasks } from '../capture/capture-tasks';
import { DEFAULT_TASK_TIMEOUT_MS, defaultHeapLimitMb, defaultPoolSize } from './pool-defaults';
import { PoolWorker, type PoolTask } from './pool-worker';
import { taskErrors } from './task-errors';
import { defaultWorkerUrl, startWorker } from './worker-url';

export interface CapturePoolOptions {
  /** Worker threads at most. Default: one less than the CPUs, between 1 and 2. */
  size?: number;
  /** A task running longer is stopped. Default 60 s. */
  taskTimeoutMs?: number;
  /** Each worker's V8 old-generation heap limit, in MB. Default: see pool-defaults.ts. */
  maxOldGenerationSizeMb?: number;
  /** Another worker entry (tests); `.ts` is run through tsx. */
  workerUrl?: URL;
}

export interface CapturePool {
  /**
   * Runs a capture task on a worker. One `input` rather than a rest tuple: every task
   * takes one, and only this form is assignable to ingest's CaptureRunner.
   */
  run<N extends CaptureTaskName>(name: N, input: Parameters<CaptureTasks[N]>[0]): ReturnType<CaptureTasks[N]>;
  /** Terminates the workers; queued and running tasks reject, later runs reject. */
  close(): Promise<void>;
}

export function createCapturePool(options: CapturePoolOptions = {}): CapturePool {
  const size = options.size ?? defaultPoolSize();
  const timeoutMs = options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`capture pool size must be a positive integer, not ${size}`);
  if (!(timeoutMs > 0)) throw new RangeError(`capture task timeout must be positive, not ${timeoutMs}`);
  const maxOldGenerationSizeMb = options.maxOldGenerationSizeMb ?? defaultHeapLimitMb(size);
  if (!(maxOldGenerationSizeMb > 0)) throw new RangeError(`capture worker heap limit must be positive, not ${maxOldGenerationSizeMb}`);
  const resourceLimits = { maxOldGenerationSizeMb };
  const workerUrl = options.workerUrl ?? defaultWorkerUrl();
  const workers = new Set<PoolWorker>();
  const queue: PoolTask[] = [];
  let closing: Promise<void> | null = null;

  const spawn = (): PoolWorker => {
    const worker = new PoolWorker(startWorker(workerUrl, resourceLimits), timeoutMs, {
      idle: pump,
      exit: (gone) => {
        workers.delete(gone);
        pump();
      },
    });
    workers.add(worker);
    return worker;
  };

  function pump(): void {
    while (queue.length > 0 && !closing) {
      let worker = [...workers].find((candidate) => candidate.idle);
      if (!worker) {
        if (workers.size >= size) return;
        try {
          worker = spawn();
        } catch (error) {
          queue.shift()!.reject(taskErrors.internal(`the capture worker could not start: ${(error as Error).message}`));
          continue;
        }
      }
      worker.run(queue.shift()!);
    }
  }

  const run = (name: string, input: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (closing) return reject(taskErrors.closed());
      queue.push({ name, args: [input], resolve, reject });
      pump();
    });

  const close = (): Promise<void> => {
    closing ??= (async () => {
      for (const task of queue.splice(0)) task.reject(taskErrors.closed());
      await Promise.all([...workers].map((worker) => worker.stop(taskErrors.closed())));
    })();
    return closing;
  };

  return { run: run as CapturePool['run'], close };
}
