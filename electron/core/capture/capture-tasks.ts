import { compareTexts } from '../../../shared/compare/compare-texts';
import type { CompareResult, CompareSource } from '../../../shared/compare/types';
import { prepareFromBridge, prepareFromFetched, prepareFromFile, prepareFromPaste } from './prepare-clipping';

/**
 * The CPU-heavy capture steps (decode, parse, extract, convert), by name. They take
 * plain data and return plain data, so they can run on a worker thread: the worker
 * pool calls them by name, and the main thread only fetches and stores. Comparing
 * sources is the other heavy job (two 20,000-word texts take seconds), so it runs there too.
 */
export const captureTasks = {
  prepareFromPaste,
  prepareFromFile,
  prepareFromFetched,
  prepareFromBridge,
  compareSources: async (sources: CompareSource[]): Promise<CompareResult> => compareTexts(sources),
};

export type CaptureTasks = typeof captureTasks;
export type CaptureTaskName = keyof CaptureTasks;
