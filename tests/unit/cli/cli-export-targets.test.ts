import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportLibrary, type ExportLibrary } from '../export/export-fixture';
import { openTestLibrary } from '../library/library-fixture';
import { makeTempDir } from '../../helpers/temp-dir';

const BIN = resolve(import.meta.dirname, '../../../bin/dossier.mjs');
const ROOT_USER = process.getuid?.() === 0;
let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;
let lib: ExportLibrary;

function dossier(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args, '--data-dir', dataDir], { encoding: 'utf8', timeout: 90_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The two exports, each as a `dossier export …` command line writing to `out`. */
const EXPORTS = [
  { name: 'a note (Markdown)', args: (out: string) => ['export', 'note', String(lib.note.id), '--format', 'md', '--out', out] },
  { name: 'a note (DOCX)', args: (out: string) => ['export', 'note', String(lib.note.id), '--format', 'docx', '--out', out] },
  { name: 'annotations (CSV)', args: (out: string) => ['export', 'annotations', String(lib.yonhap), '--format', 'csv', '--out', out] },
];

beforeAll(async () => {
  temp = makeTempDir();
  const t = openTestLibrary();
  dataDir = t.dataDir;
  lib = await buildExportLibrary(t);
  t.lib.close();
}, 60_000);
afterAll(() => {
  temp.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

describe.each(EXPORTS)('dossier export $name into a place it cannot write', { timeout: 90_000 }, ({ args }) => {
  it('a missing folder: says there is no such folder and creates nothing', () => {
    const missing = join(temp.dir, 'missing');
    const out = join(missing, 'out.file');
    const result = dossier(args(out));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`dossier: Cannot write ${out}: there is no folder ${missing}.\n`);
    expect(result.stdout).toBe('');
    expect(existsSync(missing)).toBe(false);
  });

  it('a folder named with a trailing slash that does not exist: says so instead of writing a file of that name', () => {
    const out = `${join(temp.dir, 'new-folder')}/`;
    const result = dossier(args(out));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`dossier: Cannot write into ${out}: there is no folder ${join(temp.dir, 'new-folder')}.\n`);
    expect(existsSync(join(temp.dir, 'new-folder'))).toBe(false);
  });

  // Fails for root too: no one can create a file inside a file.
  it('a file where a folder should be: names the file and leaves it whole, with no temporary file beside it', () => {
    const folder = join(temp.dir, `under-a-file-${Math.random().toString(36).slice(2)}`);
    mkdirSync(folder);
    const blocker = join(folder, 'notes.txt');
    writeFileSync(blocker, 'not a folder');
    const out = join(blocker, 'out.file');
    const result = dossier(args(out));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`dossier: Cannot write ${out}: ${blocker} is a file, not a folder.\n`);
    expect(readFileSync(blocker, 'utf8')).toBe('not a folder');
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });

  it.skipIf(ROOT_USER)(
    `a read-only folder: says so, and an earlier export there stays whole${ROOT_USER ? ' (skipped: root writes into read-only folders; the case above fails for root too)' : ''}`,
    () => {
      const folder = join(temp.dir, `read-only-${Math.random().toString(36).slice(2)}`);
      mkdirSync(folder);
      const out = join(folder, 'out.file');
      writeFileSync(out, 'the earlier export');
      chmodSync(folder, 0o555);
      try {
        const result = dossier(args(out));
        expect(result.code).toBe(1);
        expect(result.stderr).toBe(`dossier: Cannot write ${out}: the folder is read-only.\n`);
        expect(readdirSync(folder)).toEqual(['out.file']);
        expect(readFileSync(out, 'utf8')).toBe('the earlier export');
      } finally {
        chmodSync(folder, 0o755);
      }
    },
  );
});
