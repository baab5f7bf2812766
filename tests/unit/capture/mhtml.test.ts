import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMhtml } from '../../../electron/core/capture/mhtml/parse-mhtml';
import { decodeQuotedPrintable } from '../../../electron/core/capture/mhtml/transfer-encoding';
import { thrownBy } from './capture-test-helpers';

function mhtmlFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/mhtml/${name}`, import.meta.url))));
}

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('parseMhtml', () => {
  it('reads a Chrome "Webpage, Single File" snapshot', () => {
    const page = parseMhtml(mhtmlFixture('chrome-article.mhtml'));
    expect(page.url).toBe('https://news.example/2025/03/31/bus-strike');
    expect(page.title).toBe('Seoul bus strike called off — News Example');
    expect(page.charset).toBe('utf-8');
    // Quoted-printable undone: =3D, soft line breaks, multi-byte UTF-8 split across lines.
    expect(page.html).toContain('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">');
    expect(page.html).toContain('<h1>Seoul bus strike called off</h1>');
    expect(page.html).toContain('the city’s 7,382 buses ran on time.');
    expect(page.html).toContain('서울 시내버스 파업 철회 — 노사는 새벽 협상 끝에 임금 인상에 합의했다.');
    expect(page.html).not.toMatch(/=\r?\n|=3D/);
    expect(page.html).toContain('<iframe src="cid:frame-77C0@mhtml.blink">');
  });

  it('returns the other parts with their addresses and bytes', () => {
    const { resources } = parseMhtml(mhtmlFixture('chrome-article.mhtml'));
    expect(resources.map(({ url, contentType, contentId }) => ({ url, contentType, contentId }))).toEqual([
      { url: 'cid:css-5B1E@mhtml.blink', contentType: 'text/css', contentId: null },
      { url: 'https://news.example/img/pixel.png', contentType: 'image/png', contentId: null },
      { url: 'cid:frame-77C0@mhtml.blink', contentType: 'text/html', contentId: 'frame-77C0@mhtml.blink' },
    ]);
    const png = resources[1]!.bytes;
    expect(Buffer.from(png)).toEqual(Buffer.from(mhtmlFixture('pixel.png')));
    expect(new TextDecoder().decode(resources[0]!.bytes)).toBe('body { font-family: serif; }\r\n.lede { font-weight: bold; }\r\n');
  });

  it('decodes a non-UTF-8 page by its part charset, wherever the page part is', () => {
    const page = parseMhtml(mhtmlFixture('euc-kr-article.mhtml'));
    expect(page.charset).toBe('euc-kr');
    expect(page.url).toBe('https://news.example/ko/article/123');
    expect(page.title).toBe('한국은행 기준금리 동결');
    expect(page.html).toContain('<h1>한국은행 기준금리 동결</h1>');
    expect(page.html).toContain('연 2.75%로 동결했다');
    expect(page.resources).toHaveLength(1);
    expect(page.resources[0]!.url).toBe('https://news.example/ko/article/chart.gif');
    expect(Buffer.from(page.resources[0]!.bytes).subarray(0, 6).toString('latin1')).toBe('GIF89a');
  });

  it('reads an older .mht: base64, LF line endings, a preamble, charset only in <meta>', () => {
    const page = parseMhtml(mhtmlFixture('shift-jis-lf.mht'));
    expect(page.charset).toBe('shift_jis');
    expect(page.html).toContain('東京都、新たな防災計画を発表');
    expect(page.url).toBe('https://news.example/ja/bousai.html');
    expect(page.title).toBeNull();
    expect(page.resources).toEqual([]);
  });

  it('picks the part named by `start`, then the snapshot location, then the first HTML part', () => {
    const archive = (extra: string, start = '') =>
      latin1(
        [
          'From: <Saved by Blink>',
          'Snapshot-Content-Location: https://news.example/b',
          `Content-Type: multipart/related; type="text/html"; boundary="XYZ"${start}`,
          '',
          '--XYZ',
          'Content-Type: text/html',
          'Content-ID: <a@x>',
          'Content-Location: https://news.example/a',
          '',
          '<p>A</p>',
          '--XYZ',
          'Content-Type: text/html',
          'Content-ID: <b@x>',
          `Content-Location: ${extra}`,
          '',
          '<p>B</p>',
          '--XYZ--',
          '',
        ].join('\r\n'),
      );
    expect(parseMhtml(archive('https://news.example/b')).html).toBe('<p>B</p>');
    expect(parseMhtml(archive('https://news.example/c')).html).toBe('<p>A</p>');
    expect(parseMhtml(archive('https://news.example/c', '; start="<b@x>"')).html).toBe('<p>B</p>');
  });

  it('ignores the boundary text inside a line and keeps a file cut short', () => {
    const page = parseMhtml(
      latin1(
        'Content-Type: multipart/related; boundary="B"\n\n--B\nContent-Type: text/html\n\n<p>see --B here</p>\n<p>and more</p>\n--B\nContent-Type: image/png\nContent-Location: https://x.example/i.png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n',
      ),
    );
    expect(page.html).toBe('<p>see --B here</p>\n<p>and more</p>');
    expect(page.url).toBeNull();
    expect(page.resources[0]!.bytes[1]).toBe(0x50);
  });

  it('reads a single-part HTML message', () => {
    const page = parseMhtml(latin1('MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Location: https://x.example/\r\n\r\n<p>Hi</p>'));
    expect(page.html).toBe('<p>Hi</p>');
  });

  it('refuses files that are not archives, or are damaged', () => {
    expect(thrownBy(() => parseMhtml(latin1('<html><body>hi</body></html>'), 'page.mhtml'), 'unsupported_file')).toBe(
      '“page.mhtml” is not a web page archive (MHTML) Dossier can read: it does not start with MIME headers.',
    );
    expect(thrownBy(() => parseMhtml(new Uint8Array()), 'unsupported_file')).toMatch(/^This file is not a web page archive \(MHTML\)/);
    expect(thrownBy(() => parseMhtml(latin1('Content-Type: multipart/related\r\n\r\n--x\r\n'), 'a.mhtml'), 'unsupported_file')).toBe(
      '“a.mhtml” is damaged: its parts have no boundary marker.',
    );
    expect(thrownBy(() => parseMhtml(latin1('Content-Type: multipart/related; boundary=q\r\n\r\nnothing here'), 'a.mhtml'), 'unsupported_file')).toBe(
      '“a.mhtml” is damaged: none of its parts could be found.',
    );
    expect(
      thrownBy(
        () => parseMhtml(latin1('Content-Type: multipart/related; boundary=q\r\n\r\n--q\r\nContent-Type: image/png\r\n\r\nxx\r\n--q--'), 'a.mhtml'),
        'unsupported_file',
      ),
    ).toBe('“a.mhtml” contains no web page (it has no HTML part).');
    expect(
      thrownBy(
        () =>
          parseMhtml(
            latin1('Content-Type: multipart/related; boundary=q\r\n\r\n--q\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n<p>not base64</p>\r\n--q--'),
            'a.mhtml',
          ),
        'unsupported_file',
      ),
    ).toBe('“a.mhtml” is damaged: the page inside it is not valid base64.');
    expect(
      thrownBy(() => parseMhtml(latin1('Content-Type: multipart/related; boundary=q\r\n\r\n--q\r\nContent-Type: text/html\r\n\r\n  \r\n--q--')), 'empty'),
    ).toBe('The page inside this file is empty; there is nothing to clip.');
  });

  it('refuses a page whose bytes fit neither its charset nor UTF-8', () => {
    const bytes = latin1('Content-Type: multipart/related; boundary=q\r\n\r\n--q\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>\xff\xfe\x80</p>\r\n--q--');
    expect(thrownBy(() => parseMhtml(bytes, 'a.mhtml'), 'encoding')).toMatch(/^“a\.mhtml” is labelled UTF-8 but contains bytes that are not valid UTF-8/);
  });
});

describe('decodeQuotedPrintable', () => {
  it('handles escapes, soft breaks (CRLF, LF, trailing blanks) and stray equals signs', () => {
    const decode = (text: string) => Buffer.from(decodeQuotedPrintable(text)).toString('latin1');
    expect(decode('a=3Db=\r\nc=\nd= \t\r\ne')).toBe('a=bcde');
    expect(decode('=E2=80=94 =e2=80=94')).toBe('\xe2\x80\x94 \xe2\x80\x94');
    expect(decode('1 = 2 =Z')).toBe('1 = 2 =Z');
    expect(decode('line\r\nnext=')).toBe('line\r\nnext');
  });
});
