import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noteHtml } from '../../../electron/core/export/note-html';
import { prepareNote } from '../../../electron/core/export/prepared-note';
import { openTestLibrary, type TestLibrary } from '../library/library-fixture';
import { citedQuote, doc, heading, paragraph, text } from '../notes/note-fixtures';
import { buildExportLibrary, QUOTE, YONHAP_HEADLINE, type ExportLibrary } from './export-fixture';

let t: TestLibrary;
let lib: ExportLibrary;
beforeEach(async () => {
  t = openTestLibrary();
  lib = await buildExportLibrary(t);
});
afterEach(() => t.close());

/** The page as a browser's parser reads it (jsdom, scripts never run). */
const parse = (html: string) => new JSDOM(html).window.document;

describe('note → HTML', () => {
  it('is one standalone page: no script, a CSP that loads nothing but inline style and data: images, headings and the quote', async () => {
    const file = await t.call('notes.export', { id: lib.note.id, format: 'html', bibliography: 'chicago' });
    expect(file).toMatchObject({ fileName: 'summer-brigades.html', mediaType: 'text/html; charset=utf-8', encoding: 'utf8' });
    const page = parse(file.content);
    expect(page.querySelectorAll('script, iframe, object, embed, link, img')).toHaveLength(0);
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(page.title).toBe('Summer brigades');
    expect([...page.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Summer brigades']);
    expect([...page.querySelectorAll('article h2')].map((h) => h.textContent)).toEqual(['What was said']);
    const figure = page.getElementById(`quote-a${lib.annotation.id}`)!;
    expect(figure.querySelector('blockquote')!.textContent!.trim()).toBe(QUOTE);
    expect(figure.querySelector('figcaption')!.textContent).toContain(`Ri Yong-ho, Yonhap News Agency, “${YONHAP_HEADLINE}”, 2025-03-31`);
    expect([...page.querySelectorAll('ul.tasks li')].map((li) => li.textContent)).toEqual(['☒call the ministry', '☐check the numbers']);
    expect([...page.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Outlet', 'Volunteers']);
  });

  it('links each citation to its note and back, and ends with the bibliography', async () => {
    const page = parse((await t.call('notes.export', { id: lib.note.id, format: 'html', bibliography: 'chicago' })).content);
    const refs = [...page.querySelectorAll('sup.fn a')];
    expect(refs.map((a) => a.textContent)).toEqual(['1', '2']);
    for (const ref of refs) {
      const note = page.getElementById(ref.getAttribute('href')!.slice(1))!;
      expect(note.closest('section.footnotes')).not.toBeNull();
      expect(page.getElementById(note.querySelector('a.backref')!.getAttribute('href')!.slice(1))).toBe(ref);
    }
    const notes = [...page.querySelectorAll('section.footnotes li')];
    expect(notes[0]!.textContent).toContain('The Korea Times, April 2, 2025');
    expect(notes[1]!.textContent).toContain(`Ri Yong-ho, quoted in Kim Jae-won and John Smith, “${YONHAP_HEADLINE},” Yonhap News Agency, March 31, 2025`);
    expect(notes[1]!.querySelector('i')!.textContent).toBe('Yonhap News Agency');
    expect(notes[1]!.querySelector('a[href="https://en.yna.co.kr/view/AEN20250331"]')).not.toBeNull();
    const bibliography = page.querySelector('section.bibliography')!;
    expect(bibliography.querySelector('h2')!.textContent).toBe('Bibliography');
    expect([...bibliography.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      `Kim Jae-won, and John Smith. “${YONHAP_HEADLINE}.” Yonhap News Agency, March 31, 2025. https://en.yna.co.kr/view/AEN20250331.`,
      'The Korea Times. “Brigades & ‘volunteers’: a <summer> of work.” April 2, 2025. https://www.koreatimes.co.kr/a/1.',
    ]);
  });

  it('escapes everything from the note and its sources: hostile text stays text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>" \' &amp;';
    const note = prepareNote({
      id: 1,
      title: hostile,
      createdAt: 'a',
      updatedAt: 'b',
      collections: [],
      doc: doc(heading(2, hostile), paragraph(text(hostile, [{ type: 'link', attrs: { href: 'https://example.org/?a="><script>' } }])), citedQuote(5, null, hostile, { speaker: hostile, outlet: hostile, headline: hostile })),
      works: new Map([[5, { clippingId: 5, headline: hostile, outlet: hostile, authors: [hostile], published: null, url: null, captured: null }]]),
    });
    const page = parse(noteHtml(note));
    expect(page.querySelectorAll('script, img')).toHaveLength(0);
    expect(page.title).toBe(hostile);
    // The note opens with its title as a heading: it is not repeated above it.
    expect(page.querySelector('h1')).toBeNull();
    expect(page.querySelector('article h2')!.textContent).toBe(hostile);
    expect(page.querySelector('article a')!.getAttribute('href')).toBe('https://example.org/?a="><script>');
    expect(page.querySelector('blockquote p')!.textContent).toBe(hostile);
    expect(page.querySelector('section.footnotes li')!.textContent).toContain('<script>alert(1)</script>');
  });
});
