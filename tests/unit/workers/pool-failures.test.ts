import { describe, expect, it } from 'vitest';
import { rejectionOf } from '../capture/capture-test-helpers';
import { bigArticlePage } from './big-page';
import { MISBEHAVING_WORKER, paste, usePools } from './pool-helpers';

/**
 * A worker that dies, runs out of memory or overruns takes only its own task down:
 * the task rejects with a message for the user, and a fresh worker serves the next one.
 */
const newPool = usePools();
const OUT_OF_MEMORY = 'Processing this page used too much memory and was stopped; nothing was saved.';

describe('capture pool: failing workers', () => {
  it('stops a task over the time limit, and the next task still succeeds', async () => {
    const pool = newPool({ size: 1, taskTimeoutMs: 1500, workerUrl: MISBEHAVING_WORKER });
    expect((await pool.run('prepareFromPaste', paste('warm up'))).text).toBe('warm up');
    const started = performance.now();
    const message = await rejectionOf(pool.run('prepareFromPaste', paste('hang')), 'too_large');
    expect(message).toBe('Processing this page took longer than 1.5 s and was stopped; nothing was saved.');
    expect(performance.now() - started).toBeGreaterThanOrEqual(1490);
    expect((await pool.run('prepareFromPaste', paste('next'))).text).toBe('next');
  });

  it('stops a real page that runs over the time limit', async () => {
    const pool = newPool({ size: 1, taskTimeoutMs: 300 });
    await pool.run('prepareFromPaste', paste('warm up'));
    const message = await rejectionOf(pool.run('prepareFromPaste', { format: 'html', content: bigArticlePage(5) }), 'too_large');
    expect(message).toBe('Processing this page took longer than 300 ms and was stopped; nothing was saved.');
    expect((await pool.run('prepareFromPaste', paste('next'))).text).toBe('next');
  });

  it('reports a worker that exits mid-task, and replaces it', async () => {
    const pool = newPool({ size: 1, workerUrl: MISBEHAVING_WORKER });
    const message = await rejectionOf(pool.run('prepareFromPaste', paste('exit')), 'internal');
    expect(message).toBe('Dossier could not process this page: its worker stopped unexpectedly (exit code 3); nothing was saved.');
    expect((await pool.run('prepareFromPaste', paste('next'))).text).toBe('next');
  });

  it('reports an uncaught error in the worker, and replaces it', async () => {
    const pool = newPool({ size: 1, workerUrl: MISBEHAVING_WORKER });
    const message = await rejectionOf(pool.run('prepareFromPaste', paste('throw')), 'internal');
    expect(message).toBe('Dossier could not process this page: the fixture threw (the page was not saved).');
    expect((await pool.run('prepareFromPaste', paste('next'))).text).toBe('next');
  });

  it('stops a worker that runs out of memory, and replaces it', async () => {
    const pool = newPool({ size: 1, maxOldGenerationSizeMb: 64, workerUrl: MISBEHAVING_WORKER });
    expect(await rejectionOf(pool.run('prepareFromPaste', paste('hoard')), 'too_large')).toBe(OUT_OF_MEMORY);
    expect((await pool.run('prepareFromPaste', paste('next'))).text).toBe('next');
  });

  it('stops a real page that needs more memory than the limit, and the process goes on', async () => {
    const pool = newPool({ size: 1, maxOldGenerationSizeMb: 64 });
    // The same limit is enough for the worker itself and a small page ...
    expect((await pool.run('prepareFromPaste', { format: 'html', content: '<p>small</p>' })).text).toBe('small');
    // ... but not for a 5 MB page.
    expect(await rejectionOf(pool.run('prepareFromPaste', { format: 'html', content: bigArticlePage(5) }), 'too_large')).toBe(OUT_OF_MEMORY);
    expect((await pool.run('prepareFromPaste', { format: 'html', content: '<p>after</p>' })).text).toBe('after');
  });

  it('goes on with the queued tasks after failures', async () => {
    const pool = newPool({ size: 1, workerUrl: MISBEHAVING_WORKER });
    const outcomes = await Promise.allSettled(['exit', 'one', 'throw', 'two'].map((content) => pool.run('prepareFromPaste', paste(content))));
    expect(outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value.text : `rejected: ${(outcome.reason as { code: string }).code}`))).toEqual([
      'rejected: internal',
      'one',
      'rejected: internal',
      'two',
    ]);
  });

  it('reports a worker entry that cannot load', async () => {
    const pool = newPool({ size: 1, workerUrl: new URL('./fixtures/no-such-worker.mjs', import.meta.url) });
    expect(await rejectionOf(pool.run('prepareFromPaste', paste('x')), 'internal')).toMatch(/^Dossier could not process this page: .*no-such-worker/);
  });
});
