import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/temp-dir';

const BIN = resolve(import.meta.dirname, '../../../bin/dossier.mjs');
let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;
let ids: [string, string];

/** Runs the real `dossier` command, as a script would. */
function dossier(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args, '--data-dir', dataDir], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  temp = makeTempDir();
  dataDir = join(temp.dir, 'library');
  const wire = join(temp.dir, 'wire.txt');
  const rewrite = join(temp.dir, 'rewrite.txt');
  writeFileSync(wire, 'Wire copy\n\nThe league met in Pyongyang on Monday to discuss the summer brigades.\n\n“We will be ready,” the chairman said.\n\nThe brigades leave in June.');
  writeFileSync(rewrite, 'Rewrite\n\nThe brigades leave in early June, officials said.\n\nThe league met in Pyongyang on Monday to discuss the brigades.\n\nA parents group objected.');
  ids = [JSON.parse(dossier(['add', wire]).stdout).id, JSON.parse(dossier(['add', rewrite]).stdout).id].map(String) as [string, string];
});
afterAll(() => temp.cleanup());

describe('dossier compare --format', { timeout: 90_000 }, () => {
  it('prints the Markdown export on stdout, and keeps --json as it was', () => {
    const md = dossier(['compare', ...ids, '--format', 'md']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^# Comparison: Wire copy and 1 other\n/);
    expect(md.stdout).toContain('The league met in Pyongyang on Monday to discuss the {--summer --}brigades.');
    expect(md.stdout.endsWith('\n') && !md.stdout.endsWith('\n\n')).toBe(true);

    const json = JSON.parse(dossier(['compare', ...ids, '--json']).stdout);
    expect(Object.keys(json)).toEqual(['sources', 'rows', 'quotes']);
    expect(Object.keys(json.rows[0])).toEqual(['cells', 'similarity']);
  });

  it('writes the HTML export to --out, leaving nothing else in the folder', () => {
    const folder = join(temp.dir, 'exports');
    mkdirSync(folder);
    const out = join(folder, 'league.html');
    writeFileSync(out, 'an older export');
    const written = dossier(['compare', ...ids, '--format', 'html', '--out', out]);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<table class="rows">[\s\S]*<\/html>\n$/);
    // The format from the file name when --format is left out.
    const md = join(folder, 'league.md');
    expect(dossier(['compare', ...ids, '--out', md]).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/^# Comparison/);
    expect(readdirSync(folder).sort()).toEqual(['league.html', 'league.md']);
  });

  it('refuses an unknown format, --json with an export, and --out without a format', () => {
    const pdf = dossier(['compare', ...ids, '--format', 'pdf']);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toMatch(/--format must be md or html, not "pdf"/);
    expect(dossier(['compare', ...ids, '--format', 'md', '--json']).code).toBe(2);
    expect(dossier(['compare', ...ids, '--out', join(temp.dir, 'x.pdf')]).stderr).toMatch(/--out needs --format md\|html/);
  });

  it('fails with a clear message and leaves no file when the export cannot be written', () => {
    // The rename fails after the temporary file is written: it must be removed.
    const folder = join(temp.dir, 'blocked');
    mkdirSync(join(folder, 'league.md'), { recursive: true });
    const onFolder = dossier(['compare', ...ids, '--format', 'md', '--out', join(folder, 'league.md')]);
    expect(onFolder.code).toBe(1);
    expect(onFolder.stderr).toBe(`dossier: Cannot write ${join(folder, 'league.md')}: it is a folder.\n`);
    expect(readdirSync(folder)).toEqual(['league.md']);
    expect(readdirSync(join(folder, 'league.md'))).toEqual([]);

    if (process.getuid?.() === 0) {
      // root writes into read-only folders: make the parent a file instead.
      const file = join(temp.dir, 'not-a-folder');
      writeFileSync(file, 'x');
      const target = join(file, 'league.md');
      const result = dossier(['compare', ...ids, '--format', 'md', '--out', target]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`dossier: Cannot write ${target}: ${file} is a file, not a folder.\n`);
      expect(readFileSync(file, 'utf8')).toBe('x');
      return;
    }
    const readOnly = join(temp.dir, 'read-only');
    mkdirSync(readOnly);
    writeFileSync(join(readOnly, 'league.md'), 'the old export');
    chmodSync(readOnly, 0o555);
    try {
      const target = join(readOnly, 'league.md');
      const result = dossier(['compare', ...ids, '--format', 'md', '--out', target]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`dossier: Cannot write ${target}: the folder is read-only.\n`);
      expect(readdirSync(readOnly)).toEqual(['league.md']);
      expect(readFileSync(target, 'utf8')).toBe('the old export');
    } finally {
      chmodSync(readOnly, 0o755);
    }
  });
});
