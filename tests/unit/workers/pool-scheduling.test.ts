import { describe, expect, it } from 'vitest';
import type { PreparedClipping } from '../../../electron/core/capture/prepared-clipping';
import { bigArticlePage } from './big-page';
import type { CapturePool } from '../../../electron/core/workers/capture-pool';
import { paste, TIMING_WORKER, usePools } from './pool-helpers';

const newPool = usePools();
type Timed = PreparedClipping & { timing: { start: number; end: number } };

/** Warms `count` workers (their start is not part of what is measured). */
async function warm(pool: CapturePool, count: number): Promise<void> {
  await Promise.all(Array.from({ length: count }, (_, i) => pool.run('prepareFromPaste', paste(`warm ${i}`))));
}

describe('capture pool: scheduling', () => {
  const page = { format: 'html' as const, content: bigArticlePage(0.5) };

  it('runs two tasks at the same time on two workers', async () => {
    const pool = newPool({ size: 2, workerUrl: TIMING_WORKER });
    await warm(pool, 2);
    const [a, b] = (await Promise.all([pool.run('prepareFromPaste', page), pool.run('prepareFromPaste', page)])) as Timed[];
    // Each started before the other ended: their time on the workers overlaps.
    expect(a!.timing.start).toBeLessThan(b!.timing.end);
    expect(b!.timing.start).toBeLessThan(a!.timing.end);
  });

  it('queues tasks first in, first out when every worker is busy', async () => {
    const pool = newPool({ size: 1, workerUrl: TIMING_WORKER });
    const results = (await Promise.all(['one', 'two', 'three'].map((content) => pool.run('prepareFromPaste', { ...page, title: content })))) as Timed[];
    expect(results.map((result) => result.title)).toEqual(['one', 'two', 'three']);
    // One worker: each task started only after the one before it had ended.
    expect(results[1]!.timing.start).toBeGreaterThanOrEqual(results[0]!.timing.end);
    expect(results[2]!.timing.start).toBeGreaterThanOrEqual(results[1]!.timing.end);
  });

  it('keeps the main event loop responsive while a 5 MB page is prepared', async () => {
    const pool = newPool({ size: 1 });
    await warm(pool, 1);
    const content = bigArticlePage(5);
    let last = performance.now();
    let maxGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    try {
      const result = await pool.run('prepareFromPaste', { format: 'html', content });
      expect(result.text.length).toBeGreaterThan(3_000_000);
    } finally {
      clearInterval(ticker);
    }
    const duration = performance.now() - started;
    maxGap = Math.max(maxGap, performance.now() - last);
    expect(maxGap).toBeLessThan(duration / 4);
  });
});
