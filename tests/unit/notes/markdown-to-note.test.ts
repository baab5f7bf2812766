import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import type { DocNode } from '../../../shared/document/document-types';
import { checkNoteDocument, noteText } from '../../../shared/notes';
import type { CitedClipping } from '../../../electron/core/notes/cited-clippings';
import { inline } from '../../../electron/core/export/markdown-text';
import { markdownToNote } from '../../../electron/core/notes/markdown-to-note';
import { citation, doc, heading, paragraph, text } from './note-fixtures';

const CLIPPINGS: CitedClipping[] = [
  { id: 12, outlet: 'Yonhap', headline: 'North Korea convenes youth league congress for the first time in five years', published: '2025-03-31', url: null, trashed: false },
  { id: 40, outlet: null, headline: 'Rain in the south', published: null, url: null, trashed: true },
];
const lookup = (ids: number[]) => new Map(CLIPPINGS.filter((c) => ids.includes(c.id)).map((c) => [c.id, c]));

async function convert(markdown: string) {
  const note = await markdownToNote(markdown, lookup);
  // Whatever comes out is a valid note, exactly as the schema writes it.
  expect(checkNoteDocument(note.doc)).toEqual(note.doc);
  return note;
}

const blocks = async (markdown: string): Promise<DocNode[]> => (await convert(markdown)).doc.content!;

describe('markdownToNote', () => {
  it('converts headings and paragraphs, with soft breaks as spaces and hard breaks kept', async () => {
    expect(await blocks('# Title\n\n### Third\n\nOne\nline.  \nNext')).toEqual([
      heading(1, 'Title'),
      heading(3, 'Third'),
      paragraph(text('One line.'), { type: 'hardBreak' }, text('Next')),
    ]);
  });

  it('converts emphasis, strong, strike, inline code and links (web and mail only)', async () => {
    const [p] = await blocks('*it* **bold** ~~gone~~ `x<y` **a `code` b** [web](https://example.org) [mail](mailto:a@example.org) [rel](page.html) [js](javascript:alert(1))');
    const link = (href: string) => ({ type: 'link', attrs: { href, target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } });
    expect(p).toEqual(
      paragraph(
        text('it', [{ type: 'italic' }]),
        text(' '),
        text('bold', [{ type: 'bold' }]),
        text(' '),
        text('gone', [{ type: 'strike' }]),
        text(' '),
        text('x<y', [{ type: 'code' }]),
        text(' '),
        text('a ', [{ type: 'bold' }]),
        text('code', [{ type: 'code' }]),
        text(' b', [{ type: 'bold' }]),
        text(' '),
        text('web', [link('https://example.org')]),
        text(' '),
        text('mail', [link('mailto:a@example.org')]),
        text(' rel [js](javascript:alert(1))'),
      ),
    );
  });

  it('converts bullet, numbered and task lists, nested', async () => {
    const [bullets, numbered, tasks] = await blocks('- one\n  - nested\n- two\n\n3. three\n4. four\n\n- [ ] to do\n- [x] done\n- [X]\n');
    expect(bullets).toEqual({
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [paragraph(text('one')), { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('nested'))] }] }] },
        { type: 'listItem', content: [paragraph(text('two'))] },
      ],
    });
    expect(numbered).toMatchObject({ type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem' }, { type: 'listItem' }] });
    expect(tasks).toEqual({
      type: 'taskList',
      content: [
        { type: 'taskItem', attrs: { checked: false }, content: [paragraph(text('to do'))] },
        { type: 'taskItem', attrs: { checked: true }, content: [paragraph(text('done'))] },
        { type: 'taskItem', attrs: { checked: true }, content: [paragraph()] },
      ],
    });
    // A list of which only some items have boxes stays a bullet list, boxes as text.
    expect((await blocks('- [ ] box\n- plain'))[0]).toMatchObject({ type: 'bulletList' });
  });

  it('converts block quotes, code blocks (fenced with a language, and indented), tables and rules', async () => {
    const [quote, fenced, indented, table, rule] = await blocks(
      '> quoted\n> > nested\n\n```sql\nSELECT 1;\n\nSELECT 2;\n```\n\n    indented code\n\n| Outlet | Words |\n|:--|--:|\n| Yonhap | 412 |\n| KCNA |\n\n---\n',
    );
    expect(quote).toEqual({ type: 'blockquote', content: [paragraph(text('quoted')), { type: 'blockquote', content: [paragraph(text('nested'))] }] });
    expect(fenced).toEqual({ type: 'codeBlock', attrs: { language: 'sql' }, content: [text('SELECT 1;\n\nSELECT 2;')] });
    expect(indented).toEqual({ type: 'codeBlock', attrs: { language: null }, content: [text('indented code')] });
    const cell = (type: string, value: string) => ({ type, attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null }, content: [value ? paragraph(text(value)) : paragraph()] });
    expect(table).toEqual({
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Outlet'), cell('tableHeader', 'Words')] },
        { type: 'tableRow', content: [cell('tableCell', 'Yonhap'), cell('tableCell', '412')] },
        { type: 'tableRow', content: [cell('tableCell', 'KCNA'), cell('tableCell', '')] },
      ],
    });
    expect(rule).toEqual({ type: 'horizontalRule' });
  });

  it('makes [@id] an inline citation labelled with the outlet, the day and a short headline', async () => {
    const note = await convert('As reported [@12], and **again [@12]**; see `[@12]` literally.');
    const label = 'Yonhap, 2025-03-31: North Korea convenes youth league congress for the first…';
    expect(note.doc).toEqual(
      doc(
        paragraph(
          text('As reported '),
          citation(12, label),
          text(', and '),
          text('again ', [{ type: 'bold' }]),
          citation(12, label),
          text('; see '),
          text('[@12]', [{ type: 'code' }]),
          text(' literally.'),
        ),
      ),
    );
    expect(note.citations).toEqual([12]);
    expect(note.warnings).toEqual([]);
    expect(noteText(note.doc)).toBe(`As reported ${label}, and again ${label}; see [@12] literally.`);
  });

  it('keeps an escaped [@id] as text (a backslash or an entity), even for an id not in the library; an escaped backslash before it does not', async () => {
    const label = 'Yonhap, 2025-03-31: North Korea convenes youth league congress for the first…';
    const literal = await convert('Write \\[@12] or [\\@7] or &#91;@99] or [@12\\] for a citation; *\\[@5]* too.');
    expect(literal.doc).toEqual(
      doc(paragraph(text('Write [@12] or [@7] or [@99] or [@12] for a citation; '), text('[@5]', [{ type: 'italic' }]), text(' too.'))),
    );
    expect(literal.citations).toEqual([]);
    // `\\` is an escaped backslash: the citation after it is one.
    const cited = await convert('C:\\\\[@12] and \\[@12] [@12]');
    expect(cited.doc).toEqual(doc(paragraph(text('C:\\'), citation(12, label), text(' and [@12] '), citation(12, label))));
    expect(cited.citations).toEqual([12]);
    // What the Markdown export writes for text that looks like a citation reads back as that text.
    const exported = await convert(inline('See [@12] and [@7].'));
    expect(noteText(exported.doc)).toBe('See [@12] and [@7].');
    expect(exported.citations).toEqual([]);
  });

  it('refuses a citation of a clipping that is not in the library, naming the ids; a trashed one is kept with a warning', async () => {
    const refused = await markdownToNote('See [@12], [@7] and [@99].', lookup).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe('not_found');
    expect((refused as ApiError).message).toBe('The Markdown cites clippings 7, 99 ([@7], [@99]), which are not in the library. Correct the ids and add the note again.');
    expect(((await markdownToNote('[@5]', lookup).catch((error: unknown) => error)) as ApiError).message).toMatch(/^The Markdown cites clipping 5 \(\[@5\]\), which is not in the library\. Correct the id and/);

    const trashed = await convert('Old news [@40].');
    expect(trashed.doc).toEqual(doc(paragraph(text('Old news '), citation(40, 'Rain in the south'), text('.'))));
    expect(trashed.warnings).toEqual(['Clipping 40 (“Rain in the south”) is in the trash: the citation is kept and shows the clipping as in the trash until it is restored.']);
  });

  it('never reads HTML in the Markdown as HTML: a <script> comes out as text', async () => {
    const note = await convert('<script>alert("x")</script>\n\nHello <b onclick="steal()">bold</b> <img src=x onerror=alert(1)>\n\n<iframe src="https://evil.example/"></iframe>');
    expect(noteText(note.doc)).toBe('<script>alert("x")</script>\n\nHello <b onclick="steal()">bold</b> <img src=x onerror=alert(1)>\n\n<iframe src="https://evil.example/"></iframe>');
    expect(JSON.stringify(note.doc)).not.toMatch(/"type":"(script|iframe|image|html)/);
    expect(note.doc.content!.every((block) => block.type === 'paragraph')).toBe(true);
  });

  it('makes an empty file an empty note, and keeps an image as its description', async () => {
    expect((await convert('')).doc).toEqual(doc(paragraph()));
    expect(await blocks('![A map of the region](https://example.org/map.png)')).toEqual([paragraph(text('A map of the region'))]);
  });
});
