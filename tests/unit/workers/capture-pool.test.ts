import { describe, expect, it } from 'vitest';
import { captureTasks } from '../../../electron/core/capture/capture-tasks';
import type { PreparedClipping } from '../../../electron/core/capture/prepared-clipping';
import { defaultPoolSize } from '../../../electron/core/workers/pool-defaults';
import { fixtureBytes, rejectionOf } from '../capture/capture-test-helpers';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { paste, usePools } from './pool-helpers';

const newPool = usePools();

function metadataPage(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/metadata/${name}`, import.meta.url)));
}

function expectSameClipping(viaPool: PreparedClipping, direct: PreparedClipping): void {
  expect(viaPool.title).toBe(direct.title);
  expect(viaPool.format).toBe(direct.format);
  expect(viaPool.text).toBe(direct.text);
  expect(viaPool.doc).toEqual(direct.doc);
  expect(viaPool.metadata).toEqual(direct.metadata);
  expect(viaPool.snapshot.contentType).toBe(direct.snapshot.contentType);
  expect(Buffer.from(viaPool.snapshot.bytes).equals(Buffer.from(direct.snapshot.bytes))).toBe(true);
}

describe('capture pool: results', () => {
  it('prepares a paste exactly as the task does in-process', async () => {
    const input = { format: 'html' as const, content: '<h1>Harbour works</h1><p>The council <em>met</em> on <a href="https://example.org/x">Tuesday</a>.</p>' };
    const viaPool = await newPool({ size: 1 }).run('prepareFromPaste', input);
    expectSameClipping(viaPool, await captureTasks.prepareFromPaste(input));
    expect(viaPool.text).toContain('The council met on Tuesday.');
  });

  it('prepares HTML files (a news page, gzipped, and a windows-1252 page) exactly as in-process', async () => {
    const pool = newPool({ size: 1 });
    for (const input of [
      { fileName: 'APNews_2024_09_03.html.gz', bytes: metadataPage('APNews_2024_09_03.html.gz') },
      { fileName: 'windows-1252-page.html', bytes: fixtureBytes('windows-1252-page.html') },
    ]) {
      const viaPool = await pool.run('prepareFromFile', input);
      expectSameClipping(viaPool, await captureTasks.prepareFromFile(input));
      // The caller's bytes were cloned, not moved away.
      expect(input.bytes.byteLength).toBeGreaterThan(0);
    }
  });

  it('compares texts off the main thread exactly as in-process', async () => {
    const sources = [
      { id: 1, text: 'The council met on Tuesday.\n\nIt approved the “harbour works” plan.' },
      { id: 2, text: 'It approved the “harbour works” plan, the mayor said.\n\nThe council met on Tuesday.' },
    ];
    const viaPool = await newPool({ size: 1 }).run('compareSources', sources);
    expect(viaPool).toEqual(await captureTasks.compareSources(sources));
    expect(viaPool.rows.filter((row) => row.cells.every(Boolean))).toHaveLength(2);
  });

  it('keeps an ApiError code and message', async () => {
    const pool = newPool({ size: 1 });
    const inputs = [
      { code: 'empty', input: { fileName: 'empty.html', bytes: new Uint8Array() } },
      { code: 'unsupported_file', input: { fileName: 'photo-renamed.html', bytes: fixtureBytes('photo-renamed.html') } },
    ] as const;
    for (const { code, input } of inputs) {
      const direct = await rejectionOf(captureTasks.prepareFromFile(input), code);
      expect(await rejectionOf(pool.run('prepareFromFile', input), code)).toBe(direct);
    }
    // The worker that threw is still the one serving.
    expect((await pool.run('prepareFromPaste', paste('still here'))).text).toBe('still here');
  });

  it('refuses a task name it does not know', async () => {
    const pool = newPool({ size: 1 });
    expect(await rejectionOf(pool.run('constructor' as 'prepareFromPaste', paste('x')), 'internal')).toBe(
      'Dossier could not process this page: unknown capture task "constructor"',
    );
  });

  it('sizes itself to the CPUs: one less than available, between 1 and 2', () => {
    expect(defaultPoolSize()).toBe(Math.max(1, Math.min(2, availableParallelism() - 1)));
  });
});

describe('capture pool: close', () => {
  it('rejects runs after close, and closing twice is fine', async () => {
    const pool = newPool({ size: 1 });
    expect((await pool.run('prepareFromPaste', paste('before'))).text).toBe('before');
    await pool.close();
    await pool.close();
    expect(await rejectionOf(pool.run('prepareFromPaste', paste('after')), 'internal')).toMatch(/shutting down.*nothing was saved/);
  });

  it('rejects the running and the queued tasks when closed', async () => {
    const pool = newPool({ size: 1 });
    const running = rejectionOf(pool.run('prepareFromPaste', paste('first')), 'internal');
    const queued = rejectionOf(pool.run('prepareFromPaste', paste('second')), 'internal');
    await pool.close();
    expect(await running).toMatch(/shutting down/);
    expect(await queued).toMatch(/shutting down/);
  });
});
