import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/temp-dir';
import { ARTICLE_PATH, startFixtureSite, type FixtureSite } from '../../e2e/support/fixture-site';

const BIN = resolve(import.meta.dirname, '../../../bin/dossier.mjs');
let temp: ReturnType<typeof makeTempDir>;
let site: FixtureSite;

/** Runs the real `dossier` command without blocking this process, which serves the pages. */
function dossier(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args, '--data-dir', join(temp.dir, 'library')]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
const lines = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));

beforeAll(async () => {
  temp = makeTempDir();
  site = await startFixtureSite();
});
afterAll(async () => {
  await site.close();
  temp.cleanup();
});

describe('dossier add URL…', () => {
  it('clips web addresses and files in one go, one JSON line each; failures are reported and the rest go on', async () => {
    const note = join(temp.dir, 'note.md');
    writeFileSync(note, '# Field note\n\nThe ferry runs twice a day.\n');
    const result = await dossier(['add', `${site.origin}${ARTICLE_PATH}`, `${site.origin}/news/missing`, note]);
    expect(result.code).toBe(1);
    const added = lines(result.stdout);
    expect(added.map((item) => [item.status, item.title, item.origin])).toEqual([
      ['created', 'North Korea rallies instructors to instill loyalty to Kim Jong-un in children', 'url'],
      ['created', 'Field note', 'file'],
    ]);
    expect(added[0].meta).toMatchObject({ authors: ['Kim Jae-won', 'Lee Min-ji'], published: '2025-03-31T11:10:00+09:00' });
    expect(result.stderr).toMatch(/news\/missing: .*not found/);
    expect(result.stderr).toMatch(/1 of 3 could not be added/);
  });

  it('reports a clipping already in the library, and keeps it as a new version with --new-version', async () => {
    const again = await dossier(['add', `${site.origin}${ARTICLE_PATH}`]);
    expect(again.code).toBe(0);
    expect(lines(again.stdout)[0]).toMatchObject({ status: 'duplicate', match: 'url', version: 1 });
    const version = await dossier(['add', '--new-version', `${site.origin}${ARTICLE_PATH}`]);
    expect(lines(version.stdout)[0]).toMatchObject({ status: 'version', version: 2, versionCount: 2 });
    const listed = lines((await dossier(['list', '--json'])).stdout);
    expect(listed).toHaveLength(2);
  });

  it('adds every page in a folder and its subfolders, skipping other files', async () => {
    const folder = join(temp.dir, 'saved');
    mkdirSync(join(folder, 'march'), { recursive: true });
    writeFileSync(join(folder, 'a.txt'), 'Ferry timetable\n\nTwo fewer crossings a day.\n');
    writeFileSync(join(folder, 'march', 'b.md'), '# Harbour works\n\nThe quay closes in March.\n');
    writeFileSync(join(folder, 'photo.jpg'), 'not a page');
    const result = await dossier(['add', folder]);
    expect(result.code, result.stderr).toBe(0);
    expect(lines(result.stdout).map((item) => item.title)).toEqual(['Ferry timetable', 'Harbour works']);
  });
});
