import type { CaptureTaskName, CaptureTasks } from '../capture/capture-tasks';
import type { PreparedClipping } from '../capture/prepared-clipping';

/**
 * Runs a capture task by name. The library passes the worker pool's `run`, so
 * decoding and extraction happen off the main thread; tests and one-shot CLI
 * commands may run them in-process.
 */
export type CaptureRunner = <N extends CaptureTaskName>(name: N, input: Parameters<CaptureTasks[N]>[0]) => Promise<PreparedClipping>;

/** Loaded on first use: the capture stack (parser, extractor, schema) is most of the core's code, and opening a library needs none of it. */
export const runInProcess: CaptureRunner = async (name, input) => {
  const { captureTasks } = await import('../capture/capture-tasks');
  return (captureTasks[name] as (input: unknown) => Promise<PreparedClipping>)(input);
};
