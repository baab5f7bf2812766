import { captureTasks, type CaptureTaskName, type CaptureTasks } from '../capture/capture-tasks';
import type { PreparedClipping } from '../capture/prepared-clipping';

/**
 * Runs a capture task by name. The library passes the worker pool's `run`, so
 * decoding and extraction happen off the main thread; tests and one-shot CLI
 * commands may run them in-process.
 */
export type CaptureRunner = <N extends CaptureTaskName>(name: N, input: Parameters<CaptureTasks[N]>[0]) => Promise<PreparedClipping>;

export const runInProcess: CaptureRunner = (name, input) => (captureTasks[name] as (input: unknown) => Promise<PreparedClipping>)(input);
