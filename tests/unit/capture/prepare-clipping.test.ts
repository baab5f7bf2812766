import { describe, expect, it } from 'vitest';
import { prepareFromFile, prepareFromPaste } from '../../../electron/core/capture/prepare-clipping';
import { decodeWindows1252 } from '../../../electron/core/capture/windows-1252';
import { canonicalText } from '../../../shared/document/canonical-text';
import { expectValidDoc, fixtureBytes, nodesOfType, textOf } from './capture-test-helpers';

describe('prepareFromPaste', () => {
  it('returns the document, its canonical text and the UTF-8 snapshot', async () => {
    const content = '<h1>Café headline</h1><p>Body — text.</p>';
    const clipping = await prepareFromPaste({ format: 'html', content, url: 'https://news.example/a' });
    expectValidDoc(clipping.doc);
    expect(clipping.format).toBe('html');
    expect(clipping.title).toBe('Café headline');
    expect(clipping.text).toBe(canonicalText(clipping.doc));
    expect(clipping.text).toBe('Body — text.');
    expect(clipping.snapshot.contentType).toBe('text/html; charset=utf-8');
    expect(new TextDecoder().decode(clipping.snapshot.bytes)).toBe(content);
  });

  it('labels text and markdown snapshots', async () => {
    expect((await prepareFromPaste({ format: 'text', content: 'Title\n\nBody' })).snapshot.contentType).toBe('text/plain; charset=utf-8');
    expect((await prepareFromPaste({ format: 'markdown', content: '# T\n\nBody' })).snapshot.contentType).toBe(
      'text/markdown; charset=utf-8',
    );
  });

  it('ignores a source URL that is not a web address', async () => {
    const clipping = await prepareFromPaste({ format: 'html', content: '<p><a href="/a">x</a></p>', url: 'javascript:alert(1)' });
    expect(JSON.stringify(clipping.doc)).not.toContain('javascript');
    expect(JSON.stringify(clipping.doc)).not.toContain('"link"');
  });
});

describe('prepareFromFile: encodings', () => {
  it('clips a Korean EUC-KR page and keeps the charset in the snapshot type', async () => {
    const bytes = fixtureBytes('euc-kr-page.html');
    const clipping = await prepareFromFile({ fileName: 'euc-kr-page.html', bytes });
    expectValidDoc(clipping.doc);
    expect(clipping.title).toBe('북한, 소년단 지도원 강습 개최');
    expect(clipping.text).toBe(
      '북한이 전국 소년단 지도원들을 평양에 모아 처음으로 대규모 강습을 열었다고 조선중앙통신이 31일 보도했다.\n\n통신은 강습이 김정은 위원장의 지시로 진행됐다고 전했다.',
    );
    expect(clipping.snapshot).toEqual({ contentType: 'text/html; charset=euc-kr', bytes });
  });

  it('clips a Shift_JIS page', async () => {
    const clipping = await prepareFromFile({ fileName: 'shift-jis-page.html', bytes: fixtureBytes('shift-jis-page.html') });
    expect(clipping.title).toBe('港の防潮堤、議会が承認');
    expect(clipping.text).toContain('市議会は木曜日の朝、河口に防潮堤を建設する案を七対四で可決した。');
    expect(clipping.snapshot.contentType).toBe('text/html; charset=shift_jis');
  });

  it('clips a windows-1252 page with curly quotes, dashes and the euro sign', async () => {
    const clipping = await prepareFromFile({ fileName: 'windows-1252-page.html', bytes: fixtureBytes('windows-1252-page.html') });
    expect(clipping.title).toBe('Café owners protest new terrace fees');
    expect(clipping.text).toBe('“We cannot pay €400 a month for three tables,” said Renée Dupré — owner of the Étoile café since 1998.');
    expect(clipping.snapshot.contentType).toBe('text/html; charset=windows-1252');
  });

  it('clips UTF-16 files with a byte order mark', async () => {
    const html = await prepareFromFile({ fileName: 'tides.html', bytes: fixtureBytes('utf-16le-bom.html') });
    expect(html.title).toBe('Tide tables published');
    expect(html.text).toBe('High water at 06:12 and 18:40 — été schedule.');
    expect(html.snapshot.contentType).toBe('text/html; charset=utf-16le');
    const text = await prepareFromFile({ fileName: 'notice.txt', bytes: fixtureBytes('utf-16be-bom.txt') });
    expect(text.title).toBe('Harbour notice');
    expect(text.text).toBe('The north quay is closed on Sunday for repairs — café access stays open.');
    expect(text.snapshot.contentType).toBe('text/plain; charset=utf-16be');
  });

  it('keeps the snapshot bytes exactly as received', async () => {
    const bytes = fixtureBytes('utf-16le-bom.html');
    const clipping = await prepareFromFile({ fileName: 'tides.html', bytes });
    expect(clipping.snapshot.bytes).toEqual(bytes);
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F as the Encoding Standard does', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x8a, 0x91, 0x92, 0x96, 0x99, 0x9f, 0x81, 0xe9, 0x41]))).toBe('€Š‘’–™Ÿ\u0081éA');
  });
});

describe('documents are always schema-valid', () => {
  const cases: Array<[string, string]> = [
    ['inline content at the top level', 'Loose text <b>bold</b> <a href="https://x.example/">link</a>'],
    ['nested lists and quotes', '<ul><li>a<ul><li>b<blockquote>c</blockquote></li></ul></li></ul>'],
    ['a table inside a list', '<ol><li><table><tr><td>1</td></tr></table></li></ol>'],
    ['a figure inside a table cell', '<table><tr><td><figure><img src="https://i.example/a.jpg"><figcaption>c</figcaption></figure></td></tr></table>'],
    ['an image inside a link inside a heading', '<h2><a href="https://x.example/"><img src="https://i.example/a.jpg">Head</a></h2><p>t</p>'],
    ['blocks inside a caption', '<figure><img src="https://i.example/a.jpg"><figcaption><p>one</p><p>two</p></figcaption></figure>'],
    ['a frameset page', '<frameset><frame src="https://x.example/"></frameset>'],
    ['unclosed tags', '<p><b><i>unclosed <ul><li>item'],
    ['a table with only a caption', '<table><caption>Only caption</caption></table>'],
    ['layout tables', '<table><tr><td><table><tr><td><p>deep</p></td></tr></table></td></tr></table>'],
  ];
  for (const [name, content] of cases) {
    it(name, async () => {
      try {
        const clipping = await prepareFromPaste({ format: 'html', content, title: 'T' });
        expectValidDoc(clipping.doc);
        expect(clipping.text).toBe(canonicalText(clipping.doc));
      } catch (error) {
        // Pages that turn out to have no text are refused as empty; nothing else is acceptable.
        expect((error as { code?: string }).code).toBe('empty');
        expect(name).toBe('a frameset page');
      }
    });
  }

  it('keeps a caption made of paragraphs as the figure caption, one line each', async () => {
    const clipping = await prepareFromPaste({
      format: 'html',
      content: '<figure><img src="https://i.example/a.jpg"><figcaption>\n<div><p>one</p>\n<p>two <b>b</b></p></div> tail</figcaption></figure>',
    });
    expectValidDoc(clipping.doc);
    expect(clipping.doc.content?.map((node) => node.type)).toEqual(['figure']);
    expect(textOf(clipping.doc.content?.[0] as never)).toBe('one\ntwo b\ntail');
  });

  it('moves an image out of a heading instead of breaking the heading', async () => {
    const clipping = await prepareFromPaste({
      format: 'html',
      content: '<h2><a href="https://x.example/"><img src="https://i.example/a.jpg">Head</a></h2><p>t</p>',
      title: 'T',
    });
    expect(clipping.doc.content?.map((node) => [node.type, textOf(node)])).toEqual([
      ['figure', ''],
      ['heading', 'Head'],
      ['paragraph', 't'],
    ]);
  });

  it('drops empty headings', async () => {
    const clipping = await prepareFromPaste({ format: 'html', content: '<h1></h1><p>x</p><h2> </h2><p>y</p>', title: 'T' });
    expect(clipping.doc.content?.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
  });
});
