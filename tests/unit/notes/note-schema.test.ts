import { JSDOM } from 'jsdom';
import { DOMParser, DOMSerializer } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { checkNoteDocument, citationsOf, MAX_NOTE_BYTES, NOTE_SCHEMA_VERSION, noteSchema, noteText, noteTitle } from '../../../shared/notes';
import { citation, citedQuote, doc, everyNodeNote, heading, paragraph, text } from './note-fixtures';

function refusal(json: unknown): ApiError {
  try {
    checkNoteDocument(json);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the document was accepted');
}

describe('the note schema', () => {
  it('is version 1 and holds every node and mark of a note', () => {
    expect(NOTE_SCHEMA_VERSION).toBe(1);
    const schema = noteSchema();
    expect(noteSchema()).toBe(schema);
    for (const name of ['heading', 'paragraph', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'taskList', 'taskItem', 'table', 'tableRow', 'tableHeader', 'tableCell', 'horizontalRule', 'codeBlock', 'hardBreak', 'citedQuote', 'citation']) {
      expect(schema.nodes[name], name).toBeDefined();
    }
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'code', 'italic', 'link', 'strike', 'underline']);
  });

  it('round-trips a document with every node type unchanged, as JSON', () => {
    const note = everyNodeNote();
    expect(checkNoteDocument(note)).toEqual(note);
    expect(checkNoteDocument(JSON.parse(JSON.stringify(checkNoteDocument(note))))).toEqual(note);
  });

  it('round-trips every node type through HTML (copy and paste in the editor)', () => {
    const schema = noteSchema();
    const original = schema.nodeFromJSON(everyNodeNote());
    const { window } = new JSDOM('<body></body>');
    window.document.body.appendChild(DOMSerializer.fromSchema(schema).serializeFragment(original.content, { document: window.document }));
    const html = window.document.body.innerHTML;
    expect(html).toContain('<blockquote data-clipping-id="12" data-annotation-id="7"');
    expect(html).toContain('data-cited-quote=""');
    expect(html).toContain('Yonhap, “Youth league congress opens”, 2025-03-31');
    expect(html).toMatch(/<cite data-clipping-id="12" data-label="Yonhap: Youth league congress opens" data-citation="" class="note-citation">Yonhap: Youth league congress opens<\/cite>/);
    expect(DOMParser.fromSchema(schema).parse(window.document.body).toJSON()).toEqual(original.toJSON());
  });

  it('keeps nothing active from pasted HTML: scripts, handlers, javascript: links and foreign elements go', () => {
    const { window } = new JSDOM(
      '<body><p onclick="steal()">Hello <script>alert(1)</script><a href="javascript:alert(2)">there</a> <a href="https://ok.example/" rel="opener" target="_top">ok</a></p>' +
        '<iframe src="https://evil.example/"></iframe><style>p{}</style><img src="https://tracker.example/p.gif" onerror="steal()">' +
        '<blockquote data-cited-quote data-clipping-id="x1" data-url="javascript:alert(3)"><div class="cited-quote-text"><p>quoted</p></div></blockquote></body>',
    );
    const parsed = DOMParser.fromSchema(noteSchema()).parse(window.document.body).toJSON();
    const json = JSON.stringify(parsed);
    expect(json).not.toMatch(/alert|steal|javascript|iframe|evil|tracker|"opener"|_top/);
    expect(noteText(parsed)).toBe('Hello there ok\n\nquoted');
    // A cited quote or citation without a valid clipping is no citation: pasted as a plain quote, or as text.
    expect(parsed.content?.[1]?.type).toBe('blockquote');
    expect(checkNoteDocument(parsed)).toEqual(parsed);
    const { window: other } = new JSDOM('<body><p>see <cite data-citation data-clipping-id="abc">Someone</cite></p></body>');
    expect(DOMParser.fromSchema(noteSchema()).parse(other.document.body).toJSON()).toEqual(doc(paragraph(text('see Someone'))));
  });
});

describe('noteText, noteTitle, citationsOf', () => {
  it('reads the plain text: blocks separated by a blank line, citations as their label, cells by tabs', () => {
    expect(noteText(everyNodeNote())).toBe(
      [
        'Youth league coverage',
        'Plain, bold, italic, underlined, struck, code and a link\nas reported Yonhap: Youth league congress opens.',
        'bullet',
        'numbered',
        'done',
        'to do',
        'a plain quote',
        'youth revolutionaries and patriots',
        'KCNA — Yonhap, “Youth league congress opens”, 2025-03-31',
        'Outlet\tWords',
        'Yonhap\t412',
        'SELECT 1;\nSELECT 2;',
      ].join('\n\n'),
    );
  });

  it('takes the title from the first heading, else the first line, cut to 200 characters', () => {
    expect(noteTitle(doc(paragraph(text('intro')), heading(2, '  Second   heading ')))).toBe('Second heading');
    expect(noteTitle(doc(paragraph(), paragraph(text('First line'), { type: 'hardBreak' }, text('second line'))))).toBe('First line');
    expect(noteTitle(doc(paragraph()))).toBe('');
    const long = noteTitle(doc(heading(1, 'word '.repeat(100))));
    expect(Array.from(long)).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
  });

  it('lists what a note cites once each, in document order', () => {
    const note = doc(
      paragraph(citation(5, 'A'), text(' and '), citation(3, 'B'), citation(5, 'A again')),
      citedQuote(3, 9, 'q'),
      citedQuote(3, 9, 'q, quoted twice'),
      citedQuote(4, null, 'without an annotation'),
    );
    expect(citationsOf(note)).toEqual([
      { clippingId: 5, annotationId: null },
      { clippingId: 3, annotationId: null },
      { clippingId: 3, annotationId: 9 },
      { clippingId: 4, annotationId: null },
    ]);
  });
});

describe('checkNoteDocument refuses, with a message that says why', () => {
  it('what is not a document', () => {
    for (const json of [null, 'text', [], { type: 'paragraph' }]) expect(refusal(json).message).toMatch(/must be a document/);
    expect(refusal({ type: 'doc', content: [] }).message).toMatch(/no paragraphs/);
  });

  it('an unknown node or mark', () => {
    const node = refusal(doc({ type: 'script', content: [text('alert(1)')] }));
    expect(node.code).toBe('invalid_input');
    expect(node.message).toBe('This note cannot be stored: a note cannot contain "script".');
    expect(refusal(doc(paragraph(text('x', [{ type: 'blink' }])))).message).toMatch(/cannot be marked "blink"/);
    expect(refusal(doc(paragraph(heading(1, 'inside a paragraph')))).message).toMatch(/"paragraph" holds something it cannot/);
  });

  it('bad attributes: citation ids, an empty label, a source that is not a web address, links, heading levels', () => {
    expect(refusal(doc(paragraph(citation('12' as unknown as number, 'A')))).message).toMatch(/citation: clippingId must be an id \(a positive whole number\), not "12"/);
    expect(refusal(doc(paragraph(citation(-1, 'A')))).message).toMatch(/clippingId must be an id/);
    expect(refusal(doc(paragraph(citation(1, 'A', 0)))).message).toMatch(/annotationId must be an id/);
    expect(refusal(doc(paragraph({ type: 'citation', attrs: { clippingId: 1 } }))).message).toMatch(/label cannot be empty/);
    expect(refusal(doc(citedQuote(1, null, 'q', { url: 'javascript:alert(1)' }))).message).toMatch(/url must be an http or https address/);
    expect(refusal(doc(citedQuote(1, null, 'q', { quote: 42 }))).message).toMatch(/quote must be text/);
    expect(refusal(doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])))).message).toMatch(/http, https or mailto/);
    expect(refusal(doc({ type: 'heading', attrs: { level: 9 }, content: [text('h')] })).message).toMatch(/level must be 1 to 6/);
  });

  it('a note over 5 MB, naming its size and the limit', () => {
    const big = doc(...Array.from({ length: 60 }, () => paragraph(text('x'.repeat(100_000)))));
    const error = refusal(big);
    expect(error.code).toBe('too_large');
    expect(error.message).toBe('This note is 5.7 MB; a note can hold at most 5.0 MB. Split it into several notes, or quote less of the source.');
    expect(MAX_NOTE_BYTES).toBe(5 * 1024 * 1024);
  });

  it('drops attributes the schema does not know, and fills defaults', () => {
    const stored = checkNoteDocument(doc(paragraph({ type: 'citation', attrs: { clippingId: 2, label: 'L', onclick: 'x' } })));
    expect(stored.content?.[0]?.content?.[0]).toEqual({ type: 'citation', attrs: { clippingId: 2, annotationId: null, label: 'L' } });
  });
});
