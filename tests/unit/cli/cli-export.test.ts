import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../electron/core/export/note-pdf';
import { buildExportLibrary, QUOTE, YONHAP_HEADLINE, type ExportLibrary } from '../export/export-fixture';
import { openLibrary } from '../../../electron/core/library';
import { openTestLibrary } from '../library/library-fixture';
import { heading } from '../notes/note-fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

const BIN = resolve(import.meta.dirname, '../../../bin/dossier.mjs');
const MANY = 120;
let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;
let lib: ExportLibrary;
let bigCollection: number;

/** Runs the real `dossier` command, as a script would. */
function dossier(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args, '--data-dir', dataDir], { encoding: 'utf8', timeout: 90_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Changes the note's first heading (its title), as the editor would, in a library the CLI then opens. */
async function retitle(title: string) {
  const library = openLibrary({ dataDir, mode: 'cli', capture: 'in-process', downloadImages: false });
  try {
    const note = library.notes.get(lib.note.id);
    const [, ...rest] = note.doc.content;
    await library.notes.save({ id: note.id, revision: note.revision, doc: { type: 'doc', content: [heading(1, title), ...rest] } });
  } finally {
    library.close();
  }
}

beforeAll(async () => {
  temp = makeTempDir();
  // A library made through the API, then closed: the CLI opens it as a user's would be.
  const t = openTestLibrary();
  dataDir = t.dataDir;
  lib = await buildExportLibrary(t);
  const big = await t.call('collections.create', { name: 'Brigades archive' });
  bigCollection = big.id;
  const ids: number[] = [];
  for (let i = 0; i < MANY; i++) {
    const id = t.add(`Brigade report ${i + 1}`, { paragraphs: [`Report ${i + 1}: the brigades left.`], meta: { outlet: 'KCNA', published: `2025-01-${String((i % 28) + 1).padStart(2, '0')}` } });
    await t.call('annotations.create', { clippingId: id, range: { start: 0, end: 6 }, comment: `note ${i + 1}` });
    ids.push(id);
  }
  await t.call('collections.addClippings', { id: big.id, clippingIds: ids });
  t.lib.close();
}, 120_000);
afterAll(() => {
  temp.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('dossier export note', { timeout: 120_000 }, () => {
  it('writes Markdown into a folder, and a later export of the same note replaces that file (one file, same ids) even under a new title', async () => {
    const folder = join(temp.dir, 'notes');
    mkdirSync(folder);
    const first = dossier(['export', 'note', String(lib.note.id), '--format', 'md', '--out', folder]);
    expect(first.code, first.stderr).toBe(0);
    const path = join(folder, 'summer-brigades.md');
    expect(JSON.parse(first.stdout)).toEqual({ file: path, format: 'md', replaced: false });
    const before = readFileSync(path, 'utf8');
    expect(before).toContain(`<!-- dossier:quote:a${lib.annotation.id} -->`);

    // The writer renames the note (its first heading): the export still goes to the same file.
    await retitle('Brigades, renamed');
    const second = dossier(['export', 'note', String(lib.note.id), '--out', folder, '--format', 'markdown']);
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({ file: path, format: 'md', replaced: true });
    expect(readdirSync(folder)).toEqual(['summer-brigades.md']);
    const ids = (text: string) => [...text.matchAll(/\[\^([\w-]+)\]:/g)].map((m) => m[1]);
    expect(ids(readFileSync(path, 'utf8'))).toEqual(ids(before));

    // The same file named directly: replaced too.
    const third = dossier(['export', 'note', String(lib.note.id), '--out', path]);
    expect(JSON.parse(third.stdout)).toMatchObject({ file: path, replaced: true });
    expect(readdirSync(folder)).toEqual(['summer-brigades.md']);
    await retitle('Summer brigades');
  });

  it('never writes over another note’s export', () => {
    const other = join(temp.dir, 'other.md');
    writeFileSync(other, '---\ntitle: "Other"\ndossier-note: 999\n---\n\nMine.\n');
    const result = dossier(['export', 'note', String(lib.note.id), '--out', other]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`dossier: ${other} is the export of note 999, not note ${lib.note.id}: nothing was written. Choose another file name.\n`);
    expect(readFileSync(other, 'utf8')).toContain('Mine.');
  });

  it('prints HTML on stdout without --out, and writes DOCX with a bibliography', async () => {
    const html = dossier(['export', 'note', String(lib.note.id), '--format', 'html']);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>[\s\S]*<section class="footnotes"[\s\S]*<\/html>\n$/);

    const out = join(temp.dir, 'brigades.docx');
    const docx = dossier(['export', 'note', String(lib.note.id), '--out', out, '--bibliography', 'apa']);
    expect(docx.code, docx.stderr).toBe(0);
    const { value } = await mammoth.convertToHtml({ path: out });
    expect(value).toContain('<h1>Summer brigades</h1>');
    expect(value).toContain(QUOTE);
    expect(value).toContain('<h1>References</h1>');
    expect(value).toContain(`Kim, J., &amp; Smith, J. (2025, March 31). ${YONHAP_HEADLINE}.`);
  });

  it.skipIf(!findChromium())('writes a PDF that pdftotext reads (skipped without Chromium)', () => {
    const out = join(temp.dir, 'brigades.pdf');
    const result = dossier(['export', 'note', String(lib.note.id), '--format', 'pdf', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const text = execFileSync('pdftotext', [out, '-']).toString('utf8').replace(/\s+/g, ' ');
    expect(text).toContain('Summer brigades');
    expect(text).toContain(QUOTE);
    expect(text).toContain(`“${YONHAP_HEADLINE},” Yonhap News Agency, March 31, 2025`);
  });

  it('fails with a clear message, no file left and the note intact when the export cannot be written', () => {
    const notesBefore = dossier(['notes', '--json']).stdout;
    // The rename fails after the temporary file is written (a folder has the export's name): it must be removed.
    const blocked = join(temp.dir, 'blocked');
    const target = join(blocked, 'summer-brigades.docx');
    mkdirSync(target, { recursive: true });
    const onFolder = dossier(['export', 'note', String(lib.note.id), '--format', 'docx', '--out', blocked]);
    expect(onFolder.code).toBe(1);
    expect(onFolder.stderr).toBe(`dossier: Cannot write ${target}: it is a folder.\n`);
    expect(readdirSync(blocked)).toEqual(['summer-brigades.docx']);
    expect(readdirSync(target)).toEqual([]);

    // Missing, read-only and file-blocked folders: cli-export-targets.test.ts.
    expect(dossier(['notes', '--json']).stdout).toBe(notesBefore);
  });

  it('refuses what it cannot do, with usage errors', () => {
    const id = String(lib.note.id);
    expect(dossier(['export', 'note', id, '--format', 'docx']).stderr).toMatch(/A DOCX export needs --out FILE\./);
    expect(dossier(['export', 'note', id, '--format', 'odt']).stderr).toMatch(/export note --format must be md, html, docx or pdf, not "odt"/);
    expect(dossier(['export', 'note', id, '--format', 'md', '--bibliography', 'mla']).stderr).toMatch(/--bibliography must be chicago or apa, not "mla"/);
    expect(dossier(['export', 'note', 'x', '--format', 'md']).code).toBe(2);
    expect(dossier(['export', 'note', '9999', '--format', 'md']).stderr).toBe('dossier: There is no note with id 9999.\n');
    expect(dossier(['export', 'notes']).code).toBe(2);
  });
});

describe('dossier export annotations', { timeout: 120_000 }, () => {
  it('exports a large collection as CSV with progress on stderr', () => {
    const out = join(temp.dir, 'archive.csv');
    const result = dossier(['export', 'annotations', '--collection', 'Brigades archive', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual(["Exported 50 of 120 clippings' annotations…", "Exported 100 of 120 clippings' annotations…", "Exported 120 of 120 clippings' annotations…"]);
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFclipping_id,clipping_title,outlet,published,url,annotation_id,kind,color,speaker,quote,comment,tags,created');
    expect(lines).toHaveLength(MANY + 2);
    expect(JSON.parse(result.stdout)).toEqual({ file: out, format: 'csv', replaced: false });
  });

  it('exports one clipping’s annotations as Markdown on stdout, and a collection by id into a folder', () => {
    const md = dossier(['export', 'annotations', String(lib.yonhap), '--format', 'md']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stderr).toBe('');
    expect(md.stdout).toContain(`# Annotations: ${YONHAP_HEADLINE}`);
    expect(md.stdout).toContain(`> ${QUOTE}`);
    const folder = join(temp.dir, 'annotations');
    mkdirSync(folder);
    const byId = dossier(['export', 'annotations', '--collection', String(bigCollection), '--format', 'md', '--out', folder]);
    expect(byId.code, byId.stderr).toBe(0);
    expect(readdirSync(folder)).toEqual([expect.stringMatching(/^annotations-brigades-archive-\d{4}-\d{2}-\d{2}\.md$/)]);
  });

  it('needs one clipping or one collection', () => {
    expect(dossier(['export', 'annotations', '--format', 'md']).stderr).toMatch(/takes one clipping ID or one --collection/);
    expect(dossier(['export', 'annotations', '1', '--collection', 'x', '--format', 'md']).code).toBe(2);
    expect(dossier(['export', 'annotations', '--collection', 'Nowhere', '--format', 'md']).stderr).toBe('dossier: There is no collection "Nowhere".\n');
  });
});
