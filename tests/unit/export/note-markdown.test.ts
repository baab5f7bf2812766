import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { noteMarkdown } from '../../../electron/core/export/note-markdown';
import { prepareNote } from '../../../electron/core/export/prepared-note';
import { openTestLibrary, type TestLibrary } from '../library/library-fixture';
import { doc, everyNodeNote, heading, paragraph, text } from '../notes/note-fixtures';
import { buildExportLibrary, QUOTE, TIMES_HEADLINE, YONHAP_HEADLINE, type ExportLibrary } from './export-fixture';

/** A quotation inside a quoted title takes single quotes (citeproc, as Chicago does). */
const TIMES_IN_QUOTES = TIMES_HEADLINE.replace('“', '‘').replace('”', '’');

let t: TestLibrary;
let lib: ExportLibrary;
beforeEach(async () => {
  t = openTestLibrary();
  lib = await buildExportLibrary(t);
});
afterEach(() => t.close());

/** The export read by an independent reader: YAML front matter, then CommonMark + footnotes as HTML in a DOM. */
function read(markdown: string) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  expect(match, 'front matter').not.toBeNull();
  const front = parseYaml(match![1]!) as Record<string, unknown>;
  const html = new MarkdownIt({ html: true }).use(footnote).render(markdown.slice(match![0].length));
  return { front, html, dom: new JSDOM(html).window.document };
}

describe('note → Markdown', () => {
  it('reads back with markdown-it and markdown-it-footnote: front matter, headings, list, tasks, table, quote, footnotes', async () => {
    const file = await t.call('notes.export', { id: lib.note.id, format: 'md' });
    expect(file).toMatchObject({ fileName: 'summer-brigades.md', mediaType: 'text/markdown; charset=utf-8', encoding: 'utf8' });
    const { front, dom } = read(file.content);
    expect(front).toMatchObject({ title: 'Summer brigades', 'dossier-note': lib.note.id, created: lib.note.createdAt, updated: lib.note.updatedAt, collections: ['Youth policy'], 'citation-style': 'chicago' });
    expect(Number.isNaN(Date.parse(String(front.exported)))).toBe(false);

    expect([...dom.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Summer brigades']);
    expect([...dom.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['What was said']);
    expect(dom.querySelector('strong')?.textContent).toBe('prepares');
    expect([...dom.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual(['first point', 'second point', '[x] call the ministry', '[ ] check the numbers']);
    expect([...dom.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Outlet', 'Volunteers']);
    expect([...dom.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Yonhap', '40,000']);

    // The cited quote: a block quote of the quoted text and its source line, with its footnote.
    const quote = dom.querySelector('blockquote')!;
    expect(quote.querySelector('p')!.textContent).toBe(QUOTE);
    expect(quote.textContent).toContain(`— Ri Yong-ho, Yonhap News Agency, “${YONHAP_HEADLINE}”, 2025-03-31`);
    const quoteRef = quote.querySelector('sup.footnote-ref a')!;
    const inlineRef = dom.querySelector('p sup.footnote-ref a')!;

    // Footnotes: defined, linked from the text, with the outlet, the headline and a link.
    const notes = [...dom.querySelectorAll('section.footnotes li')];
    expect(notes).toHaveLength(2);
    expect(dom.getElementById(inlineRef.getAttribute('href')!.slice(1))?.textContent).toContain(`“${TIMES_IN_QUOTES},” The Korea Times, April 2, 2025, https://www.koreatimes.co.kr/a/1.`);
    const quoteNote = dom.getElementById(quoteRef.getAttribute('href')!.slice(1))!;
    expect(quoteNote.textContent).toContain(`Ri Yong-ho, quoted in Kim Jae-won and John Smith, “${YONHAP_HEADLINE},” Yonhap News Agency, March 31, 2025, https://en.yna.co.kr/view/AEN20250331.`);
    expect(quoteNote.querySelector('em')?.textContent).toBe('Yonhap News Agency');
    expect(quoteNote.querySelector('a[href="https://en.yna.co.kr/view/AEN20250331"]')).not.toBeNull();
  });

  it('gives quotes stable ids from their annotations (anchor comment + footnote label): a re-export has the same ids', async () => {
    const first = (await t.call('notes.export', { id: lib.note.id, format: 'md' })).content;
    expect(first).toContain(`<!-- dossier:quote:a${lib.annotation.id} -->`);
    expect(first).toContain(`[^q-a${lib.annotation.id}]: `);
    expect(first).toContain(`[^c${lib.times}]: `);
    // An edit that adds a citation before the quote does not renumber it.
    const note = await t.call('notes.get', { id: lib.note.id });
    await t.call('notes.save', { id: note.id, revision: note.revision, doc: { ...note.doc, content: [paragraph(text('New first line.')), ...note.doc.content] } });
    const second = (await t.call('notes.export', { id: lib.note.id, format: 'md' })).content;
    const labels = (markdown: string) => [...markdown.matchAll(/^\[\^([^\]]+)\]:/gm)].map((m) => m[1]);
    expect(labels(second)).toEqual(labels(first));
    expect(second.replace(/^exported: .*$/m, '').replace(/^updated: .*$/m, '')).toBe(
      first.replace(/^exported: .*$/m, '').replace(/^updated: .*$/m, '').replace('---\n\n# Summer', '---\n\nNew first line.\n\n# Summer'),
    );
  });

  it('adds a bibliography in the chosen style, and APA footnotes with it', async () => {
    const chicago = (await t.call('notes.export', { id: lib.note.id, format: 'md', bibliography: 'chicago' })).content;
    const { dom } = read(chicago);
    expect([...dom.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['What was said', 'Bibliography']);
    expect(chicago).toContain(`Kim Jae-won, and John Smith. “${YONHAP_HEADLINE}.” *Yonhap News Agency*, March 31, 2025.`);
    expect(chicago).toContain('*The Korea Times*. “Brigades \\& ‘volunteers’: a \\<summer\\> of work.” April 2, 2025. [https://www.koreatimes.co.kr/a/1]');

    const apa = read((await t.call('notes.export', { id: lib.note.id, format: 'md', bibliography: 'apa' })).content);
    expect(apa.front['citation-style']).toBe('apa');
    expect([...apa.dom.querySelectorAll('h2')].map((h) => h.textContent)).toContain('References');
    expect(apa.dom.querySelector('section.footnotes')!.textContent).toContain(`Kim, J., & Smith, J. (2025, March 31). ${YONHAP_HEADLINE}. Yonhap News Agency.`);
  });

  it('escapes the writer’s text so it reads back as written, and keeps underline as <u>', () => {
    const tricky = doc(
      heading(1, 'Issue #'),
      paragraph(text('# not a heading *not emphasis* [not a link](x) <b>not html</b> 1. not a list')),
      paragraph(text('under', [{ type: 'underline' }]), text(' and '), text('`code` here', [{ type: 'code' }])),
    );
    const markdown = noteMarkdown(prepareNote({ id: 1, title: 'Issue #', createdAt: 'a', updatedAt: 'b', collections: [], doc: tricky, works: new Map() }));
    const { dom } = read(markdown);
    expect(dom.querySelector('h1')!.textContent).toBe('Issue #');
    const [plain, marked] = [...dom.querySelectorAll('p')];
    expect(plain!.textContent).toBe('# not a heading *not emphasis* [not a link](x) <b>not html</b> 1. not a list');
    expect(plain!.children).toHaveLength(0);
    expect(marked!.querySelector('u')!.textContent).toBe('under');
    expect(marked!.querySelector('code')!.textContent).toBe('`code` here');
  });

  it('writes every node of the schema (ordered list start, code block, rule, plain quote) and cites a deleted clipping from what the note stored', () => {
    // everyNodeNote cites clipping 12, which is not in any library: its footnote comes from the stored attributes.
    const markdown = noteMarkdown(prepareNote({ id: 9, title: 'Youth league coverage', createdAt: 'a', updatedAt: 'b', collections: [], doc: everyNodeNote(), works: new Map() }));
    const { dom } = read(markdown);
    expect(dom.querySelector('ol')!.getAttribute('start')).toBe('3');
    expect(dom.querySelector('pre code.language-sql')!.textContent).toBe('SELECT 1;\nSELECT 2;\n');
    expect(dom.querySelector('hr')).not.toBeNull();
    expect(dom.querySelector('s')!.textContent).toBe('struck');
    expect(dom.querySelector('a[href="https://example.org/a"]')!.textContent).toBe('a link');
    expect(dom.querySelectorAll('blockquote')).toHaveLength(2);
    const notes = dom.querySelector('section.footnotes')!.textContent!;
    expect(notes).toContain('“Youth league congress opens,” Yonhap, March 31, 2025, https://en.yna.co.kr/view/1.');
    expect(notes).toContain('KCNA, quoted in “Youth league congress opens,” Yonhap, March 31, 2025, https://en.yna.co.kr/view/1.');
  });
});
