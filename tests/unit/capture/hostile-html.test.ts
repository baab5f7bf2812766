import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../../electron/core/capture/html-to-document';
import { prepareFromFile, prepareFromPaste } from '../../../electron/core/capture/prepare-clipping';
import { elementToDocument } from '../../../electron/core/capture/element-to-document';
import { readPageMeta } from '../../../electron/core/capture/page-meta';
import { parseHtml } from '../../../electron/core/extract/parse-html';
import { expectValidDoc, hostileArticleBytes, marksOfType, nodesOfType, rejectionOf } from './capture-test-helpers';

const FORBIDDEN_IN_JSON = ['script', 'onerror', 'onload', 'javascript:', 'alert(', 'evil.example', 'tracker.example', 'iframe', 'svg'];

function expectInert(json: string): void {
  for (const word of FORBIDDEN_IN_JSON) expect(json.toLowerCase(), `document contains "${word}"`).not.toContain(word);
}

describe('the hostile article fixture', () => {
  it('keeps the article and nothing hostile', async () => {
    const clipping = await prepareFromFile({
      fileName: 'hostile-article.html',
      bytes: hostileArticleBytes(),
      url: 'https://gazette.example/2024/11/14/tidal-barrier',
    });
    expectValidDoc(clipping.doc);
    expectInert(JSON.stringify(clipping.doc));
    expectInert(clipping.text);

    expect(clipping.title).toBe('Harbour council approves tidal barrier after all-night session');
    expect(clipping.text).toContain('The Port Ellery harbour council voted seven to four on Thursday morning');
    expect(clipping.text).toContain('which flooded more than two hundred homes last winter.');
    expect(clipping.text).toContain('Objections from the fishing fleet');
    expect(clipping.text).toContain('The sea does not wait for the next election.');
    expect(clipping.text).toContain('Construction is expected to begin next autumn and to take four years.');
    // Interactive and embedded content goes, with its text.
    for (const gone of ['Subscribe to the newsletter', 'Leave a comment', 'Choose an edition', 'Sign up now!', 'Unrelated formula', 'Home']) {
      expect(clipping.text).not.toContain(gone);
    }

    const figures = nodesOfType(clipping.doc, 'figure');
    expect(figures.map((f) => f.attrs?.src)).toContain('https://images.example/photo.jpg');
    expect(figures.find((f) => f.attrs?.src === 'https://images.example/photo.jpg')?.content?.[0]?.text).toContain('Caption');
    const links = marksOfType(clipping.doc, 'link').map((m) => m.mark.attrs?.href);
    expect(links).toEqual(['https://gazette.example/reports/tidal-barrier-2024.pdf']);
  });

  it('takes the headline as the title and does not repeat it in the body of a saved page', async () => {
    const clipping = await prepareFromFile({ fileName: 'hostile-article.html', bytes: hostileArticleBytes() });
    expect(clipping.metadata?.title).toBe('Harbour council approves tidal barrier after all-night session');
    expect(clipping.text).not.toContain('Harbour council approves tidal barrier after all-night session');
  });

  it('keeps the <h1> of pasted HTML in the body when the title is given explicitly', async () => {
    const content = new TextDecoder().decode(hostileArticleBytes());
    const clipping = await prepareFromPaste({ format: 'html', content, title: 'Mine' });
    expect(clipping.title).toBe('Mine');
    expect(nodesOfType(clipping.doc, 'heading')[0]?.attrs?.level).toBe(1);
    expect(clipping.text.startsWith('Harbour council approves tidal barrier after all-night session')).toBe(true);
    expectInert(JSON.stringify(clipping.doc));
  });
});

describe('elementToDocument and readPageMeta', () => {
  it('removes scripts, handlers, embeds and forms but keeps form text', () => {
    const { body } = parseHtml(
      '<p onclick="alert(1)">Hi<script>alert(2)</script></p><form action="https://evil.example/"><p>Inside a form</p><input value="x"></form><nav><a href="/">Home</a></nav>',
    );
    const doc = elementToDocument(body, null);
    expect(doc).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Inside a form' }] },
      ],
    });
  });

  it('reads the head titles', () => {
    const document = parseHtml(
      '<html><head><title> Page  title </title><meta property="og:title" content="OG title"></head><body><p>x</p></body></html>',
    );
    expect(readPageMeta(document)).toEqual({ ogTitle: 'OG title', documentTitle: 'Page title' });
  });
});

describe('hostile tricks one by one', () => {
  const tricks: Array<[string, string]> = [
    ['script', '<script>alert(1)</script>'],
    ['img onerror', '<img src=x onerror=alert(2)>'],
    ['javascript link', '<a href="javascript:alert(3)">click</a>'],
    ['obfuscated javascript link', '<a href="jav&#x09;ascript:alert(3)">click</a>'],
    ['data: link', '<a href="data:text/html,<script>alert(1)</script>">click</a>'],
    ['iframe', '<iframe src="https://evil.example/"></iframe>'],
    ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['svg onload', '<svg onload=alert(4)><script>alert(5)</script></svg>'],
    ['math', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
    ['base', '<base href="https://evil.example/">'],
    ['object', '<object data="https://evil.example/x.swf"></object>'],
    ['embed', '<embed src="https://evil.example/x.swf">'],
    ['form', '<form action=https://evil.example><input><button formaction="javascript:alert(1)">Go</button></form>'],
    ['stylesheet link', '<link rel=stylesheet href=https://evil.example/x.css>'],
    ['style import', '<style>@import url(https://evil.example/y.css)</style>'],
    ['tracking pixel', '<img src="https://tracker.example/pixel.gif" width=1 height=1>'],
    ['template', '<template><img src=x onerror=alert(1)></template>'],
    ['noscript', '<noscript><img src=x onerror=alert(1)></noscript>'],
    ['event on body', '<body onload=alert(1)>'],
    ['details toggle', '<details open ontoggle=alert(1)><summary>s</summary></details>'],
    ['mutation XSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  ];

  for (const [name, trick] of tricks) {
    it(`neutralises ${name}`, async () => {
      const { doc } = await htmlToDocument(`<p>Before</p>${trick}<p>After</p>`, 'https://news.example/a');
      expectValidDoc(doc);
      expectInert(JSON.stringify(doc));
    });
  }
});

describe('pages without readable text', () => {
  it('refuses a page with only a nav and a script', async () => {
    const message = await rejectionOf(
      prepareFromPaste({ format: 'html', content: '<nav><a href="/">Home</a><a href="/news">News</a></nav><script>alert(1)</script>' }),
      'empty',
    );
    expect(message).toBe('No readable text was found in the pasted content.');
  });

  it('refuses a page whose only content is an image without a caption', async () => {
    await rejectionOf(
      prepareFromFile({ fileName: 'img.html', bytes: new TextEncoder().encode('<img src="https://i.example/a.jpg">') }),
      'empty',
    );
  });
});
