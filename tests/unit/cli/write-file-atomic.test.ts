import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../../helpers/temp-dir';

// The disk fills up in the middle of a write: writeSync fails with ENOSPC once armed.
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    writeSync: (...args: Parameters<typeof fs.writeSync>) => {
      if (disk.full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return fs.writeSync(...args);
    },
  };
});
const { writeFileAtomic } = await import('../../../electron/cli/write-file-atomic');

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => {
  disk.full = false;
  temp.cleanup();
});

describe('writeFileAtomic on a full disk', () => {
  it('says the disk is full, keeps the earlier file whole and leaves no temporary file', () => {
    const target = join(temp.dir, 'brief.md');
    writeFileSync(target, '# The earlier export\n');
    disk.full = true;
    expect(() => writeFileAtomic(target, '# The new export\n'.repeat(10_000))).toThrow(/Cannot write .*brief\.md: the disk is full\./);
    expect(readFileSync(target, 'utf8')).toBe('# The earlier export\n');
    expect(readdirSync(temp.dir)).toEqual(['brief.md']);
  });

  it('writes the whole file when there is room', () => {
    const target = join(temp.dir, 'brief.md');
    writeFileAtomic(target, 'x'.repeat(100_000));
    expect(readFileSync(target, 'utf8')).toHaveLength(100_000);
    expect(readdirSync(temp.dir)).toEqual(['brief.md']);
  });
});
