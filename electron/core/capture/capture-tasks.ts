import { prepareFromBridge, prepareFromFetched, prepareFromFile, prepareFromPaste } from './prepare-clipping';

/**
 * The CPU-heavy capture steps (decode, parse, extract, convert), by name. They take
 * plain data and return plain data, so they can run on a worker thread: the worker
 * pool calls them by name, and the main thread only fetches and stores.
 */
export const captureTasks = {
  prepareFromPaste,
  prepareFromFile,
  prepareFromFetched,
  prepareFromBridge,
};

export type CaptureTasks = typeof captureTasks;
export type CaptureTaskName = keyof CaptureTasks;
