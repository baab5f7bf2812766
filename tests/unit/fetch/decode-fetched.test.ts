import { describe, expect, it } from 'vitest';
import { parseContentEncoding } from '../../../electron/core/fetch/decompress';
import { charsetFromContentType, describeNonPageType, parseContentType } from '../../../electron/core/fetch/content-type';
import { CookieJar } from '../../../electron/core/fetch/cookie-jar';
import { decodeFetchedHtml, urlSource } from '../../../electron/core/fetch/decode-fetched';
import { thrownBy } from '../capture/capture-test-helpers';
import { fetchFixture } from './test-server';

describe('decodeFetchedHtml', () => {
  it('lets a byte order mark win over the header', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>café</p>')]);
    expect(decodeFetchedHtml(bytes, 'euc-kr')).toEqual({ text: '<p>café</p>', charset: 'utf-8' });
  });

  it('falls back to <meta> when the bytes are not valid in the header charset', () => {
    // Shift_JIS bytes behind a wrong `charset=utf-8` header.
    const { text, charset } = decodeFetchedHtml(fetchFixture('shift-jis-meta.html'), 'utf-8');
    expect(charset).toBe('shift_jis');
    expect(text).toContain('東京都');
  });

  it('ignores an unknown header label', () => {
    expect(decodeFetchedHtml(fetchFixture('shift-jis-meta.html'), 'x-bogus').charset).toBe('shift_jis');
  });

  it('refuses bytes that fit neither the header nor the page', () => {
    const bytes = new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0xfd, 0x80, 0x3c]);
    const message = thrownBy(() => decodeFetchedHtml(bytes, 'utf-8', urlSource('https://news.example/a')), 'encoding');
    expect(message).toBe("The page at https://news.example/a is labelled UTF-8 but contains bytes that are not valid UTF-8, so Dossier can't tell how to read it.");
  });

  it('reads UTF-16 when the header says so', () => {
    const bytes = new Uint8Array(Buffer.from('<p>한국</p>', 'utf16le'));
    expect(decodeFetchedHtml(bytes, 'utf-16le').text).toBe('<p>한국</p>');
  });
});

describe('content type and encoding headers', () => {
  it('parses media type and charset', () => {
    expect(parseContentType('Text/HTML; Charset="Shift_JIS"')).toEqual({ essence: 'text/html', charset: 'Shift_JIS' });
    expect(parseContentType('nonsense')).toBeNull();
    expect(charsetFromContentType(parseContentType('text/html; charset=latin1'))).toBe('windows-1252');
    expect(charsetFromContentType(parseContentType('text/html; charset=ks_c_5601-1987'))).toBe('euc-kr');
    expect(charsetFromContentType(parseContentType('text/html; charset=bogus'))).toBeNull();
  });

  it('describes what is not a page', () => {
    const kind = (header: string) => describeNonPageType(parseContentType(header));
    expect(kind('text/html')).toBeNull();
    expect(kind('application/xhtml+xml')).toBeNull();
    expect(kind('application/octet-stream')).toBeNull();
    expect(kind('application/pdf')).toBe('a PDF document');
    expect(kind('image/jpeg')).toBe('a JPEG image');
    expect(kind('video/mp4')).toBe('a video');
    expect(kind('application/rss+xml')).toBe('a news feed (RSS or Atom)');
    expect(kind('application/x-foo')).toBe('a file of type application/x-foo');
  });

  it('lists content codings in the order applied', () => {
    expect(parseContentEncoding('gzip')).toEqual(['gzip']);
    expect(parseContentEncoding('x-gzip, identity, br')).toEqual(['gzip', 'br']);
    expect(parseContentEncoding(undefined)).toEqual([]);
    expect(() => parseContentEncoding('zstd')).toThrow();
  });
});

describe('CookieJar', () => {
  it('returns cookies to the host and its subdomains only when allowed', () => {
    const jar = new CookieJar();
    jar.store(new URL('https://www.news.example/'), ['a=1; Path=/', 'b=2; Domain=news.example; Secure', 'evil=1; Domain=other.example']);
    expect(jar.headerFor(new URL('https://www.news.example/x'))).toBe('a=1; b=2');
    expect(jar.headerFor(new URL('https://news.example/'))).toBe('b=2');
    expect(jar.headerFor(new URL('http://img.news.example/'))).toBe('');
    expect(jar.headerFor(new URL('https://other.example/'))).toBe('');
    jar.store(new URL('https://www.news.example/'), ['a=gone; Max-Age=0']);
    expect(jar.headerFor(new URL('https://www.news.example/'))).toBe('b=2');
  });
});
