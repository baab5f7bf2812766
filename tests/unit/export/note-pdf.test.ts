import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPreparedNote } from '../../../electron/core/export/note-export';
import { noteHtml } from '../../../electron/core/export/note-html';
import { findChromium, htmlToPdf, NO_CHROMIUM_MESSAGE } from '../../../electron/core/export/note-pdf';
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
