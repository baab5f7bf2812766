import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/temp-dir';

const BIN = resolve(import.meta.dirname, '../../../bin/dossier.mjs');
let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;

/** Runs the real `dossier` command, as a script would. */
function dossier(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args, '--data-dir', dataDir], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  temp = makeTempDir();
  dataDir = join(temp.dir, 'library');
});
afterAll(() => temp.cleanup());

describe('dossier CLI', () => {
  it('prints help', () => {
    const { code, stdout } = dossier(['--help']);
    expect(code).toBe(0);
    for (const command of ['add', 'list', 'show', 'trash', 'restore', 'serve', '--data-dir']) expect(stdout).toContain(command);
  });

  it('adds a file, lists it newest first, shows it, trashes and restores it', () => {
    const first = join(temp.dir, 'first.html');
    const second = join(temp.dir, 'second.md');
    writeFileSync(first, '<h1>Wire story</h1><p>Forty thousand volunteers.</p><script>alert(1)</script>');
    writeFileSync(second, '# Rewrite\n\nThe ministry expects volunteers.');

    const added = dossier(['add', first, '--url', 'https://meridianwire.example/a']);
    expect(added.code, added.stderr).toBe(0);
    const clipping = JSON.parse(added.stdout);
    expect(clipping).toMatchObject({ title: 'Wire story', sourceUrl: 'https://meridianwire.example/a', origin: 'file', fileName: 'first.html' });
    const newer = JSON.parse(dossier(['add', second, '--title', 'Harbor Ledger rewrite']).stdout);

    const listed = dossier(['list', '--json']).stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(listed.map((item) => item.id)).toEqual([newer.id, clipping.id]);

    const shown = JSON.parse(dossier(['show', String(clipping.id), '--json']).stdout);
    expect(shown.text).toBe('Forty thousand volunteers.');
    expect(shown.doc.type).toBe('doc');
    expect(JSON.stringify(shown.doc)).not.toContain('alert');

    expect(JSON.parse(dossier(['trash', String(clipping.id)]).stdout).trashedAt).not.toBeNull();
    expect(dossier(['list', '--json']).stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(dossier(['list', '--json', '--trash']).stdout).id).toBe(clipping.id);
    expect(JSON.parse(dossier(['restore', String(clipping.id)]).stdout).trashedAt).toBeNull();
    expect(dossier(['list', '--json']).stdout.trim().split('\n')).toHaveLength(2);
  });

  it('reads standard input with -', () => {
    const { code, stdout, stderr } = dossier(['add', '-'], 'Pasted headline\n\nA paragraph from the clipboard.');
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ title: 'Pasted headline', format: 'text', origin: 'paste' });
  });

  it('refuses bad input with a clear message, a non-zero exit, and the library untouched', () => {
    const before = dossier(['list', '--json']).stdout;
    const png = join(temp.dir, 'photo.html');
    writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const empty = join(temp.dir, 'empty.txt');
    writeFileSync(empty, '');

    const binary = dossier(['add', png]);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/PNG/);
    const nothing = dossier(['add', empty]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(/empty/i);
    const missing = dossier(['add', join(temp.dir, 'nope.html')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no file/);
    expect(dossier(['show', '99999']).stderr).toMatch(/no clipping with id 99999/);
    expect(dossier(['add', png, '--url', 'javascript:alert(1)']).stderr).toMatch(/http or https/);

    expect(dossier(['list', '--json']).stdout).toBe(before);
  });

  it('reports usage mistakes with exit code 2', () => {
    expect(dossier(['show']).code).toBe(2);
    expect(dossier(['show', 'abc']).code).toBe(2);
    expect(dossier(['frobnicate']).code).toBe(2);
    expect(dossier(['list', '--bogus']).code).toBe(2);
  });
});

describe('dossier extract', () => {
  const EXTRACTION = resolve(import.meta.dirname, '../../fixtures/extraction');

  it('prints one JSON object per file, in order, with the article and its metadata, storing nothing', () => {
    const gzipped = readdirSync(EXTRACTION).filter((name) => name.endsWith('.html.gz')).slice(0, 2);
    const missing = join(temp.dir, 'missing.html');
    const result = spawnSync(process.execPath, [BIN, 'extract', ...gzipped.map((name) => join(EXTRACTION, name)), missing], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, DOSSIER_DATA_DIR: join(temp.dir, 'never-created') },
    });
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    for (const [index, line] of lines.slice(0, 2).entries()) {
      expect(line.file).toBe(join(EXTRACTION, gzipped[index]!));
      expect(Object.keys(line)).toEqual([
        'file', 'url', 'title', 'subtitle', 'authors', 'outlet', 'section', 'published', 'modified', 'lang', 'dateline', 'credit', 'text', 'images', 'wordCount',
      ]);
      expect(line.text.length).toBeGreaterThan(200);
      expect(line.wordCount).toBeGreaterThan(30);
    }
    expect(lines[2]).toMatchObject({ file: missing, error: { code: 'not_found' } });
    expect(result.status).toBe(1);
    expect(existsSync(join(temp.dir, 'never-created'))).toBe(false);
  });
});
