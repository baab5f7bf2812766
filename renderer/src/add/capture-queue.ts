import type { CaptureOutcome } from '../../../shared/domain/clipping';

export type ItemState = 'waiting' | 'working' | 'created' | 'version' | 'duplicate' | 'failed' | 'cancelled';

export interface ItemReport {
  index: number;
  label: string;
  state: ItemState;
  /** Why it failed, or which clipping it repeats. */
  message: string | null;
  /** The clipping stored, or the one already in the library for a duplicate. */
  clippingId: number | null;
}

export interface QueueOptions {
  /** Items in flight at once: the core extracts on worker threads, so 2 keeps them busy. */
  concurrency?: number;
  signal?: AbortSignal;
  onUpdate?: (reports: ItemReport[]) => void;
}

/**
 * Runs captures with a little concurrency, reporting each item's state as it
 * changes. Cancelling stops items that have not started; those in flight finish
 * (the core has no way to take back a half-done capture) and are reported.
 * Failures never stop the queue.
 */
export async function runCaptureQueue<T>(
  items: T[],
  labelOf: (item: T) => string,
  capture: (item: T) => Promise<CaptureOutcome>,
  describeError: (error: unknown) => string,
  options: QueueOptions = {},
): Promise<ItemReport[]> {
  const reports: ItemReport[] = items.map((item, index) => ({ index, label: labelOf(item), state: 'waiting', message: null, clippingId: null }));
  const publish = () => options.onUpdate?.(reports.map((report) => ({ ...report })));
  const set = (index: number, patch: Partial<ItemReport>) => {
    reports[index] = { ...reports[index]!, ...patch };
    publish();
  };
  let next = 0;

  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      if (options.signal?.aborted) {
        set(index, { state: 'cancelled' });
        continue;
      }
      set(index, { state: 'working' });
      try {
        set(index, fromOutcome(await capture(items[index]!)));
      } catch (error) {
        set(index, { state: 'failed', message: describeError(error) });
      }
    }
  };
  publish();
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 2, items.length)) }, worker));
  return reports;
}

function fromOutcome(outcome: CaptureOutcome): Partial<ItemReport> {
  if (outcome.status === 'duplicate') {
    const how = outcome.match === 'url' ? 'same address' : 'same text';
    return { state: 'duplicate', clippingId: outcome.existing.id, message: `Already in the library (${how}): “${outcome.existing.title}”` };
  }
  return { state: outcome.status, clippingId: outcome.clipping.id, message: outcome.clipping.title };
}

export function summarize(reports: ItemReport[]): Record<ItemState, number> {
  const counts: Record<ItemState, number> = { waiting: 0, working: 0, created: 0, version: 0, duplicate: 0, failed: 0, cancelled: 0 };
  for (const report of reports) counts[report.state] += 1;
  return counts;
}
