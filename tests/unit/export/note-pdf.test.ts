import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPreparedNote } from '../../../electron/core/export/note-export';
import { noteHtml } from '../../../electron/core/export/note-html';
import { findChromium, htmlToPdf, NO_CHROMIUM_MESSAGE } from '../../../electron/core/export/note-pdf';
import { openLibrary } from '../../../electron/core/library';
import { makeTempDir } from '../../helpers/temp-dir';
import { openTestLibrary, type TestLibrary } from '../library/library-fixture';
import { buildExportLibrary, QUOTE, YONHAP_HEADLINE, type ExportLibrary } from './export-fixture';

const chromium = findChromium();
const pdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const skip = !chromium || !pdftotext ? `needs ${!chromium ? 'Chromium (apt-get install chromium)' : ''}${!chromium && !pdftotext ? ' and ' : ''}${!pdftotext ? 'pdftotext (apt-get install poppler-utils)' : ''}` : '';

let t: TestLibrary;
let lib: ExportLibrary;
beforeEach(async () => {
  t = openTestLibrary();
  lib = await buildExportLibrary(t);
});
afterEach(() => t.close());

const pdfTemps = () => readdirSync(tmpdir()).filter((name) => name.startsWith('dossier-pdf-'));

describe('note → PDF', { timeout: 120_000 }, () => {
  it.skipIf(Boolean(skip))(`prints the note with headless Chromium; pdftotext reads the headline, quote, citations and notes back ${skip ? `(skipped: ${skip})` : ''}`, async () => {
    const before = pdfTemps();
    const pdf = await htmlToPdf(noteHtml(loadPreparedNote(t.lib, lib.note.id, { bibliography: 'apa' })));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
    expect(text).toContain('Summer brigades');
    expect(text).toContain('What was said');
    expect(text).toContain(QUOTE);
    expect(text).toContain('Notes');
    expect(text).toContain(`Ri Yong-ho, as quoted in Kim, J., & Smith, J. (2025, March 31). ${YONHAP_HEADLINE}. Yonhap News Agency.`);
    expect(text).toContain('References');
    // The temporary page and profile are gone.
    expect(pdfTemps()).toEqual(before);
  });

  it('says what to install when there is no Chromium, and uses the desktop’s printer when given one', async () => {
    await expect(htmlToPdf('<p>x</p>', { chromium: null })).rejects.toThrow(NO_CHROMIUM_MESSAGE);
    expect(NO_CHROMIUM_MESSAGE).toMatch(/^PDF export needs Chromium or Google Chrome; install it \(on Debian: apt-get install chromium\) or export HTML and print it\./);
    expect(findChromium({ PATH: '/nonexistent' })).toBeNull();
    expect(findChromium({ PATH: '/nonexistent', DOSSIER_CHROMIUM: '/nonexistent/chrome' })).toBeNull();
    const printed: string[] = [];
    const pdf = await htmlToPdf('<p>from the shell</p>', { printToPdf: async (html) => (printed.push(html), new TextEncoder().encode('%PDF-1.7 fake')) });
    expect(printed).toEqual(['<p>from the shell</p>']);
    expect(pdf.toString('latin1')).toBe('%PDF-1.7 fake');
  });

  it('reports a browser that fails, and leaves no temporary files', async () => {
    const before = pdfTemps();
    expect(existsSync('/bin/false')).toBe(true);
    await expect(htmlToPdf('<p>x</p>', { chromium: '/bin/false' })).rejects.toThrow(/^\/bin\/false could not print the PDF\. Export HTML and print it instead\.$/);
    expect(pdfTemps()).toEqual(before);
  });
});

describe('notes.export as PDF (through dispatch, on the library’s SQLite file)', { timeout: 120_000 }, () => {
  const pdfText = (content: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: Buffer.from(content, 'base64') }).toString('utf8').replace(/\s+/g, ' ');

  it.skipIf(Boolean(skip))(`returns the PDF as base64, printed by the system Chromium; pdftotext reads headings, the quote, citations and footnotes ${skip ? `(skipped: ${skip})` : ''}`, async () => {
    const before = pdfTemps();
    const file = await t.call('notes.export', { id: lib.note.id, format: 'pdf' });
    expect(file).toMatchObject({ fileName: 'summer-brigades.pdf', mediaType: 'application/pdf', encoding: 'base64' });
    expect(Buffer.from(file.content, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(file.content);
    expect(text).toContain('Summer brigades');
    expect(text).toContain('What was said');
    expect(text).toContain(QUOTE);
    // The cited quote's source line, the inline citation's footnote mark, and both footnotes.
    expect(text).toContain('— Ri Yong-ho, Yonhap News Agency');
    expect(text).toContain('as reported 1');
    expect(text).toContain('Notes 1. “Brigades & ‘volunteers’: a <summer> of work,” The Korea Times, April 2, 2025');
    expect(text).toContain(`2. Ri Yong-ho, quoted in Kim Jae-won and John Smith, “${YONHAP_HEADLINE},” Yonhap News Agency, March 31, 2025`);
    expect(pdfTemps()).toEqual(before);
  });

  it('answers not_found with what to install when this machine has no Chromium, and the note is intact', async () => {
    const saved = process.env.DOSSIER_CHROMIUM;
    process.env.DOSSIER_CHROMIUM = '/nonexistent/chromium';
    try {
      expect(await t.envelope('notes.export', { id: lib.note.id, format: 'pdf', bibliography: null })).toEqual({
        ok: false,
        error: { code: 'not_found', message: NO_CHROMIUM_MESSAGE },
      });
    } finally {
      if (saved === undefined) delete process.env.DOSSIER_CHROMIUM;
      else process.env.DOSSIER_CHROMIUM = saved;
    }
    expect((await t.call('notes.get', { id: lib.note.id })).doc).toEqual(lib.note.doc);
  });

  it('prints with the printer the desktop shell passes to openLibrary instead of any Chromium', async () => {
    const temp = makeTempDir('dossier-library-');
    const pages: string[] = [];
    const desktop = openLibrary({
      dataDir: temp.dir,
      mode: 'desktop',
      capture: 'in-process',
      downloadImages: false,
      printToPdf: async (html) => (pages.push(html), new TextEncoder().encode('%PDF-1.7 from the shell')),
    });
    try {
      const note = await desktop.notes.create({ title: 'Desk brief' });
      const reply = await desktop.dispatch('notes.export', { id: note.id, format: 'pdf' });
      expect(reply).toMatchObject({ ok: true, result: { fileName: 'desk-brief.pdf', mediaType: 'application/pdf', encoding: 'base64' } });
      expect(Buffer.from((reply as { result: { content: string } }).result.content, 'base64').toString('latin1')).toBe('%PDF-1.7 from the shell');
      expect(pages).toHaveLength(1);
      expect(pages[0]).toMatch(/^<!DOCTYPE html>[\s\S]*<title>Desk brief<\/title>/);
    } finally {
      desktop.close();
      temp.cleanup();
    }
  });
});
