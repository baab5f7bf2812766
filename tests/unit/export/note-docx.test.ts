import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noteDocx } from '../../../electron/core/export/note-docx';
import { prepareNote } from '../../../electron/core/export/prepared-note';
import { openTestLibrary, type TestLibrary } from '../library/library-fixture';
import { everyNodeNote } from '../notes/note-fixtures';
import { buildExportLibrary, QUOTE, YONHAP_HEADLINE, type ExportLibrary } from './export-fixture';

let t: TestLibrary;
let lib: ExportLibrary;
beforeEach(async () => {
  t = openTestLibrary();
  lib = await buildExportLibrary(t);
});
afterEach(() => t.close());

/** The document as mammoth reads it (Word's Quote style as a block quote), parsed into a DOM. */
async function read(buffer: Buffer) {
  const { value, messages } = await mammoth.convertToHtml({ buffer }, { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh"] });
  expect(messages.filter((message) => message.type === 'error')).toEqual([]);
  return new JSDOM(value).window.document;
}

describe('note → DOCX', () => {
  it('is a Word document mammoth reads: headings, list, tasks, table, the quote as a Quote paragraph, footnotes, bibliography', async () => {
    const file = await t.call('notes.export', { id: lib.note.id, format: 'docx', bibliography: 'chicago' });
    expect(file).toMatchObject({ fileName: 'summer-brigades.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', encoding: 'base64' });
    const bytes = Buffer.from(file.content, 'base64');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const page = await read(bytes);
    expect([...page.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Summer brigades', 'Bibliography']);
    expect([...page.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['What was said']);
    expect(page.querySelector('strong')!.textContent).toBe('prepares');
    expect([...page.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['first point', 'second point']);
    expect(page.body.textContent).toContain('☒ call the ministry');
    expect(page.body.textContent).toContain('☐ check the numbers');
    expect([...page.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Outlet', 'Volunteers']);
    expect([...page.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Yonhap', '40,000']);
    expect(page.querySelector('blockquote')!.textContent).toBe(QUOTE);

    // Footnotes: a reference in the text and in the quote's source line, each with its note.
    const refs = [...page.querySelectorAll('sup a[href^="#footnote-"]')];
    expect(refs).toHaveLength(2);
    const notes = refs.map((ref) => page.getElementById(ref.getAttribute('href')!.slice(1))!.textContent!);
    expect(notes[0]).toContain('The Korea Times, April 2, 2025, https://www.koreatimes.co.kr/a/1.');
    expect(notes[1]).toContain(`Ri Yong-ho, quoted in Kim Jae-won and John Smith, “${YONHAP_HEADLINE},” Yonhap News Agency, March 31, 2025`);
    expect(page.querySelector('a[href="https://en.yna.co.kr/view/AEN20250331"]')).not.toBeNull();
    expect(page.body.textContent).toContain(`Kim Jae-won, and John Smith. “${YONHAP_HEADLINE}.” Yonhap News Agency, March 31, 2025.`);
  });

  it('writes every node of the schema: numbered list from its start, marks, link, code, rule', async () => {
    const note = prepareNote({ id: 2, title: 'Youth league coverage', createdAt: 'a', updatedAt: 'b', collections: [], doc: everyNodeNote(), works: new Map() });
    const page = await read(await noteDocx(note));
    expect(page.querySelector('ol > li')!.textContent).toBe('numbered');
    expect(page.querySelector('s')!.textContent).toBe('struck');
    expect(page.querySelector('em')!.textContent).toBe('italic');
    expect(page.querySelector('a[href="https://example.org/a"]')!.textContent).toBe('a link');
    expect(page.body.textContent).toContain('SELECT 1;');
    expect(page.querySelectorAll('blockquote')).toHaveLength(1);
    expect(page.querySelector('blockquote')!.textContent).toContain('youth revolutionaries and patriots');
  });
});
