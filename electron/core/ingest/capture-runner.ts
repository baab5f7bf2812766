import type { CaptureTaskName, CaptureTasks } from '../capture/capture-tasks';

/**
 * Runs a worker task by name (the capture steps, and comparison). The library passes the pool's `run`, so
 * decoding and extraction happen off the main thread; tests and one-shot CLI
 * commands may run them in-process.
 */
export type CaptureRunner = <N extends CaptureTaskName>(name: N, input: Parameters<CaptureTasks[N]>[0]) => ReturnType<CaptureTasks[N]>;

/** Loaded on first use: the capture stack (parser, extractor, schema) is most of the core's code, and opening a library needs none of it. */
export const runInProcess: CaptureRunner = <N extends CaptureTaskName>(name: N, input: Parameters<CaptureTasks[N]>[0]) =>
  import('../capture/capture-tasks').then(({ captureTasks }) => (captureTasks[name] as (input: unknown) => Promise<unknown>)(input)) as ReturnType<CaptureTasks[N]>;
