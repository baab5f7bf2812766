import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/temp-dir';

const BIN = resolve(import.meta.dirname, '../../../bin/dossier.mjs');
let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;

/** Runs the real `dossier` command, as a script would. */
function dossier(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args, '--data-dir', dataDir], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(temp.dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  temp = makeTempDir();
  dataDir = join(temp.dir, 'library');
});
afterAll(() => temp.cleanup());

// Each test runs the real command several times (a few seconds each through tsx).
describe('dossier note add, dossier notes', () => {
  it('makes a note of a Markdown file, [@id] citing clippings, and lists notes as JSON lines', () => {
    const story = dossier(['add', file('story.md', '# Youth league congress opens\n\nDelegates gathered in Pyongyang.'), '--url', 'https://en.yna.co.kr/view/1']);
    expect(story.code, story.stderr).toBe(0);
    const clippingId = (JSON.parse(story.stdout) as { id: number }).id;

    const draft = file('draft.md', `# Congress notes\n\nThe congress opened [@${clippingId}].\n\n- [x] read the wire copy\n- [ ] compare with KCNA\n\n<script>alert(1)</script>\n`);
    const added = dossier(['note', 'add', draft, '--collection', 'Youth policy']);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toBe('');
    const lines = added.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const note = JSON.parse(lines[0]!);
    expect(note).toEqual({ id: expect.any(Number), title: 'Congress notes', citations: [{ clippingId, annotationId: null, clipping: 'live', annotation: null }] });

    const titled = JSON.parse(dossier(['note', 'add', file('plain.md', 'Just a thought.'), '--title', 'Set title']).stdout);
    expect(titled).toMatchObject({ title: 'Set title', citations: [] });

    const listed = dossier(['notes', '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    const notes = listed.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(notes.map((n) => n.id).sort()).toEqual([note.id, titled.id].sort());
    const first = notes.find((n) => n.id === note.id);
    expect(Object.keys(first).sort()).toEqual(['citations', 'collections', 'id', 'title', 'updatedAt']);
    expect(first).toMatchObject({ title: 'Congress notes', collections: ['Youth policy'], citations: [{ clippingId, clipping: 'live' }] });
    expect(dossier(['notes']).stdout).toMatch(/Congress notes {2}\(1 citation\)/);
  }, 90_000);

  it('refuses a citation of a clipping that is not in the library, and warns of one in the trash', () => {
    const missing = dossier(['note', 'add', file('missing.md', 'See [@9999].')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/The Markdown cites clipping 9999 \(\[@9999\]\), which is not in the library/);
    expect(missing.stdout).toBe('');

    const added = dossier(['add', file('old.md', '# Old story\n\nRain in the south.')]);
    const id = (JSON.parse(added.stdout) as { id: number }).id;
    expect(dossier(['trash', String(id)]).code).toBe(0);
    const trashed = dossier(['note', 'add', file('trashed.md', `Old news [@${id}].`)]);
    expect(trashed.code, trashed.stderr).toBe(0);
    expect(trashed.stderr).toMatch(new RegExp(`Clipping ${id} \\(“Old story”\\) is in the trash: the citation is kept`));
    expect(JSON.parse(trashed.stdout).citations).toEqual([{ clippingId: id, annotationId: null, clipping: 'trashed', annotation: null }]);
  }, 90_000);

  it('says what is wrong with the command line, a missing file, a file over 5 MB or one that is not UTF-8', () => {
    expect(dossier(['note']).stderr).toMatch(/note needs a command: dossier note add/);
    expect(dossier(['note', 'edit', 'x.md']).code).toBe(2);
    expect(dossier(['note', 'add']).stderr).toMatch(/note add takes one Markdown file/);
    expect(dossier(['note', 'add', join(temp.dir, 'nowhere.md')]).stderr).toMatch(/There is no file at/);
    const big = dossier(['note', 'add', file('big.md', 'x'.repeat(6 * 1024 * 1024))]);
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/"big\.md" is 6\.0 MB; a note can hold at most 5\.0 MB/);
    expect(dossier(['note', 'add', file('latin1.md', Buffer.from([0x63, 0x61, 0x66, 0xe9]))]).stderr).toMatch(/is not UTF-8 text/);
  }, 90_000);
});
