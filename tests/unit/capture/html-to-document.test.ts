import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../../electron/core/capture/html-to-document';
import type { DocNode } from '../../../shared/document/document-types';
import { expectValidDoc, fixtureBytes, marksOfType, nodesOfType, textOf } from './capture-test-helpers';

const ARTICLE_URL = 'https://courier.example/news/2024/ferries.html';

async function convert(html: string, url: string | null = null): Promise<DocNode> {
  const { doc } = await htmlToDocument(html, url);
  expectValidDoc(doc);
  return doc;
}

describe('htmlToDocument: structure', () => {
  it('keeps headings, paragraphs, emphasis, lists, quotes, figures and tables', async () => {
    const html = new TextDecoder().decode(fixtureBytes('article.html'));
    const doc = await convert(html, ARTICLE_URL);

    const headings = nodesOfType(doc, 'heading');
    expect(headings.map((h) => [h.attrs?.level, textOf(h)])).toEqual([
      [1, 'Island ferries move to a winter timetable'],
      [2, 'What changes'],
    ]);

    const first = nodesOfType(doc, 'paragraph').find((p) => textOf(p).startsWith('The island'));
    expect(textOf(first as DocNode)).toBe('The island ferry company will run two fewer crossings a day from 1 December, it said on Monday.');
    expect(marksOfType(doc, 'bold').map((m) => m.text)).toContain('two fewer crossings');
    expect(marksOfType(doc, 'italic').map((m) => m.text)).toEqual(expect.arrayContaining(['1 December', 'Photo: A. Reader']));

    const bullets = nodesOfType(doc, 'bulletList');
    expect(bullets).toHaveLength(1);
    expect(nodesOfType(bullets[0] as DocNode, 'listItem').map(textOf)).toEqual([
      'The 07:15 sailing leaves at 07:45.',
      'The last evening crossing is dropped.',
    ]);
    const ordered = nodesOfType(doc, 'orderedList');
    expect(ordered).toHaveLength(1);
    expect(ordered[0]?.attrs?.start).toBe(3);

    const quote = nodesOfType(doc, 'blockquote');
    expect(quote.map(textOf)).toEqual(['“We know this is hard on commuters,” the operator said.']);

    const figures = nodesOfType(doc, 'figure');
    expect(figures).toHaveLength(1);
    expect(figures[0]?.attrs).toEqual({
      src: 'https://courier.example/news/images/ferry.jpg',
      alt: 'The morning ferry leaving the north quay',
      credit: null,
    });
    expect(textOf(figures[0] as DocNode)).toBe('The morning ferry leaving the north quay. Photo: A. Reader');

    const rows = nodesOfType(doc, 'tableRow');
    expect(rows.map((row) => (row.content ?? []).map((cell) => [cell.type, textOf(cell)]))).toEqual([
      [['tableHeader', 'Season'], ['tableHeader', 'Crossings']],
      [['tableCell', 'Summer'], ['tableCell', '12']],
      [['tableCell', 'Winter'], ['tableCell', '10']],
    ]);
    // The table caption becomes a paragraph above the table.
    const blocks = (doc.content ?? []).map((node) => node.type);
    const tableAt = blocks.indexOf('table');
    expect(textOf(doc.content?.[tableAt - 1] as DocNode)).toBe('Crossings per day');
  });

  it('collapses whitespace as a browser does and keeps line breaks', async () => {
    const doc = await convert('<p>  Many \n\t spaces\n here  </p><p>one<br>two</p><p>a&nbsp;&nbsp;b</p>');
    expect((doc.content ?? []).map(textOf)).toEqual(['Many spaces here', 'one\ntwo', 'a\u00a0\u00a0b']);
  });

  it('splits paragraphs made of double line breaks', async () => {
    const doc = await convert('<div>First paragraph.<br><br>Second paragraph.<br><br><br>Third<br>line.<br></div>');
    expect((doc.content ?? []).map(textOf)).toEqual(['First paragraph.', 'Second paragraph.', 'Third\nline.']);
  });

  it('keeps preformatted line breaks', async () => {
    const doc = await convert('<pre>line one\n  line two</pre>');
    expect(textOf(doc)).toBe('line one\n  line two');
  });

  it('drops blank paragraphs', async () => {
    const doc = await convert('<p>One</p><p>&nbsp;</p><p></p><p><br></p><p>Two</p>');
    expect((doc.content ?? []).map(textOf)).toEqual(['One', 'Two']);
  });

  it('turns a figure without an image into ordinary blocks', async () => {
    const doc = await convert('<figure><blockquote><p>Pull quote</p></blockquote><figcaption>Said someone</figcaption></figure>');
    expect(nodesOfType(doc, 'figure')).toHaveLength(0);
    expect(textOf(doc)).toContain('Pull quote');
    expect(textOf(doc)).toContain('Said someone');
  });

  it('keeps every image of a multi-image figure', async () => {
    const doc = await convert(
      '<figure><img src="https://i.example/a.jpg"><img src="https://i.example/b.jpg"><figcaption>Both</figcaption></figure>',
    );
    expect(nodesOfType(doc, 'figure').map((f) => f.attrs?.src)).toEqual(['https://i.example/a.jpg', 'https://i.example/b.jpg']);
  });
});

describe('htmlToDocument: links and images', () => {
  it('resolves relative links against the source URL and keeps web and mail links', async () => {
    const html = new TextDecoder().decode(fixtureBytes('article.html'));
    const doc = await convert(html, ARTICLE_URL);
    const links = marksOfType(doc, 'link').map(({ mark, text }) => [text, mark.attrs?.href]);
    expect(links).toEqual([
      ['winter timetable', 'https://courier.example/timetables/winter'],
      ['booking site', 'https://ferries.example/book?from=north'],
      ['the desk', 'mailto:desk@ferries.example'],
      ['comments', 'https://courier.example/news/2024/ferries.html#comments'],
    ]);
    // The ftp link is not a web or mail link: its text stays, the link goes.
    expect(textOf(doc)).toContain('See comments and the archive.');
  });

  it('drops relative links and images when there is no source URL', async () => {
    const doc = await convert('<p><a href="/a">relative</a> <a href="https://x.example/">absolute</a></p><img src="/i.png"><p>end</p>');
    expect(marksOfType(doc, 'link').map((m) => m.mark.attrs?.href)).toEqual(['https://x.example/']);
    expect(nodesOfType(doc, 'figure')).toHaveLength(0);
  });

  it('never resolves against a <base> the page declares', async () => {
    const html = '<html><head><base href="https://evil.example/"></head><body><p><a href="story">Story</a></p><img src="p.jpg"></body></html>';
    const withUrl = await convert(html, 'https://news.example/world/');
    expect(marksOfType(withUrl, 'link').map((m) => m.mark.attrs?.href)).toEqual(['https://news.example/world/story']);
    expect(nodesOfType(withUrl, 'figure').map((f) => f.attrs?.src)).toEqual(['https://news.example/world/p.jpg']);
    const withoutUrl = await convert(html);
    expect(JSON.stringify(withoutUrl)).not.toContain('evil.example');
  });

  it('removes the page’s own link attributes', async () => {
    const doc = await convert('<p><a href="https://x.example/" target="_blank" rel="opener" class="cta" title="More">x</a></p>');
    expect(marksOfType(doc, 'link')[0]?.mark.attrs).toEqual({
      href: 'https://x.example/',
      target: null,
      rel: 'noopener noreferrer nofollow',
      class: null,
      title: 'More',
    });
  });

  it('drops tracking pixels and images that are not web or raster data', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const doc = await convert(
      [
        '<p>Text</p>',
        '<img src="https://t.example/p.gif" width="1" height="1">',
        '<img src="https://t.example/q.gif" style="width:1px;height:1px">',
        '<img src="https://t.example/r.gif" height="0">',
        '<img src="data:image/svg+xml;base64,PHN2Zz4=">',
        '<img src="file:///etc/passwd">',
        `<img src="${png}" alt="inline">`,
        '<img src="data:image/gif;base64,R0lGOD" data-src="https://i.example/lazy.jpg" width="640">',
      ].join(''),
    );
    expect(nodesOfType(doc, 'figure').map((f) => f.attrs?.src)).toEqual([png, 'https://i.example/lazy.jpg']);
  });

  it('ignores src, alt and credit set on the figure element itself', async () => {
    const doc = await convert(
      '<figure src="https://evil.example/x.png" credit="evil" alt="evil"><img src="https://i.example/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>',
    );
    expect(nodesOfType(doc, 'figure')[0]?.attrs).toEqual({ src: 'https://i.example/a.jpg', alt: 'A', credit: null });
  });
});
