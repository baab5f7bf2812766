import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/temp-dir';

/** `dossier search QUERY --limit N --json`, run as a script would run it. */
const BIN = resolve(import.meta.dirname, '../../../bin/dossier.mjs');
let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;

function dossier(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args, '--data-dir', dataDir], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  temp = makeTempDir();
  dataDir = join(temp.dir, 'library');
  const files = [
    ['one.md', '# Youth league congress\n\nThe youth league congress opened in Pyongyang on Monday.'],
    ['two.md', '# Sanctions on shipping\n\nMinisters discussed the youth of the shipping industry.'],
    ['three.md', '# 청년동맹 대회\n\n조선사회주의애국청년동맹 제10차대회가 평양에서 열렸다.'],
  ];
  const paths = files.map(([name, text]) => {
    const path = join(temp.dir, name!);
    writeFileSync(path, text!);
    return path;
  });
  const added = dossier(['add', ...paths, '--tag', 'DPRK/youth']);
  expect(added.code, added.stderr).toBe(0);
}, 120_000);
afterAll(() => temp.cleanup());

describe('dossier search', () => {
  it('prints {total, items: [{id, title, snippet, …}], searched} with --json, at most --limit items', () => {
    const { code, stdout, stderr } = dossier(['search', 'youth', '--limit', '1', '--json']);
    expect(code, stderr).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.total).toBe(2);
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ id: expect.any(Number), title: 'Youth league congress', snippet: expect.stringContaining('youth') });
    expect(result.items[0].tags.map((tag: { path: string }) => tag.path)).toEqual(['DPRK/youth']);
    expect(result.searched).toEqual({ query: 'youth', notes: [] });
  });

  it('searches Korean by two characters, several words with filters, and explains a malformed query', () => {
    const korean = JSON.parse(dossier(['search', '청년', '--json']).stdout);
    expect(korean.items.map((item: { title: string }) => item.title)).toEqual(['청년동맹 대회']);
    const filtered = JSON.parse(dossier(['search', 'youth', 'tag:DPRK', 'congress', '--json']).stdout);
    expect(filtered.total).toBe(1);
    expect(filtered.searched.query).toBe('youth congress tag:DPRK');
    const malformed = dossier(['search', '"youth league', '--json']);
    expect(malformed.code, malformed.stderr).toBe(0);
    const result = JSON.parse(malformed.stdout);
    expect(result.total).toBe(1);
    expect(result.searched.notes.join(' ')).toContain('Unbalanced quote');
  });

  it('refuses a missing query or a bad --limit with a usage error', () => {
    expect(dossier(['search', '--json']).code).toBe(2);
    const bad = dossier(['search', 'youth', '--limit', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--limit');
  });
});
