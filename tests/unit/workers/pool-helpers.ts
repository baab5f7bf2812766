import { afterEach } from 'vitest';
import { createCapturePool, type CapturePool, type CapturePoolOptions } from '../../../electron/core/workers/capture-pool';

export const MISBEHAVING_WORKER = new URL('./fixtures/misbehaving-worker.ts', import.meta.url);
export const TIMING_WORKER = new URL('./fixtures/timing-worker.ts', import.meta.url);

/** Pools made through the returned function are closed after each test. */
export function usePools(): (options?: CapturePoolOptions) => CapturePool {
  const pools: CapturePool[] = [];
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((pool) => pool.close()));
  });
  return (options) => {
    const pool = createCapturePool(options);
    pools.push(pool);
    return pool;
  };
}

/** A pasted text, the smallest real task. */
export function paste(content: string) {
  return { format: 'text' as const, content };
}
