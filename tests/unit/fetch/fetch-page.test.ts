import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFetchedHtml } from '../../../electron/core/fetch/decode-fetched';
import { fetchPage } from '../../../electron/core/fetch/fetch-page';
import { bytes, fetchFixture, html, startServer, type TestServer } from './test-server';

const ARTICLE = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Café</title></head><body><p>Grüße aus Zürich — “quoted” €5</p></body></html>';

let server: TestServer;

beforeAll(async () => {
  const article = Buffer.from(ARTICLE, 'utf8');
  server = await startServer({
    '/utf8': html(ARTICLE),
    '/headers': (request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(request.headers));
    },
    '/euc-kr': bytes(fetchFixture('euc-kr-no-meta.html'), { 'Content-Type': 'text/html; charset=EUC-KR' }),
    '/shift-jis': bytes(fetchFixture('shift-jis-meta.html'), { 'Content-Type': 'text/html' }),
    '/windows-1252': bytes(fetchFixture('windows-1252-meta-1251.html'), { 'Content-Type': 'text/html; charset="windows-1252"' }),
    '/gb18030': bytes(fetchFixture('gb18030-page.html'), { 'Content-Type': 'text/html;charset=gb18030' }),
    '/windows-1251': bytes(fetchFixture('windows-1251-page.html'), { 'Content-Type': 'text/html; charset=cp1251' }),
    '/latin1-label-utf8-body': bytes(article, { 'Content-Type': 'text/html; charset=ISO-8859-1' }),
    '/no-type': (_request, response) => response.end(ARTICLE),
    '/gzip': bytes(zlib.gzipSync(article), { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip' }),
    '/deflate': bytes(zlib.deflateSync(article), { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'deflate' }),
    '/raw-deflate': bytes(zlib.deflateRawSync(article), { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'deflate' }),
    '/br': bytes(zlib.brotliCompressSync(article), { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'br' }),
    '/gzip-chunked': (_request, response) => {
      // No Content-Length: streamed in pieces, as most servers compress on the fly.
      response.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
      const gz = zlib.gzipSync(article);
      response.write(gz.subarray(0, 10));
      setTimeout(() => response.end(gz.subarray(10)), 20);
    },
    '/gzip-then-br': bytes(zlib.brotliCompressSync(zlib.gzipSync(article)), {
      'Content-Type': 'text/html',
      'Content-Encoding': 'gzip, br',
    }),
  });
});

afterAll(() => server.close());

describe('fetchPage', () => {
  it('fetches a UTF-8 page and reports where it came from', async () => {
    const before = Date.now();
    const page = await fetchPage(server.url('/utf8'));
    expect(page.requestedUrl).toBe(server.url('/utf8'));
    expect(page.finalUrl).toBe(server.url('/utf8'));
    expect(page.status).toBe(200);
    expect(page.contentType).toBe('text/html');
    expect(page.charsetFromHeader).toBe('utf-8');
    expect(page.redirects).toEqual([]);
    expect(page.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(page.bytes).toString('utf8')).toBe(ARTICLE);
    expect(Date.parse(page.fetchedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(decodeFetchedHtml(page.bytes, page.charsetFromHeader).text).toBe(ARTICLE);
  });

  it('asks like a browser', async () => {
    const page = await fetchPage(server.url('/headers'), {}).catch((error: Error) => error);
    // JSON is refused as "not a web page", so read the headers off the server side instead.
    expect(page).toBeInstanceOf(Error);
    const seen = server.requests.at(-1)!.headers;
    expect(seen['user-agent']).toMatch(/^Mozilla\/5\.0 .*Chrome\/\d+/);
    expect(seen.accept).toContain('text/html');
    expect(seen['accept-language']).toMatch(/^en/);
    expect(seen['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('decodes EUC-KR declared only in the HTTP header', async () => {
    const page = await fetchPage(server.url('/euc-kr'));
    expect(page.charsetFromHeader).toBe('euc-kr');
    const { text, charset } = decodeFetchedHtml(page.bytes, page.charsetFromHeader);
    expect(charset).toBe('euc-kr');
    expect(text).toContain('<title>서울 시내버스 파업 철회</title>');
    expect(text).toContain('임금 인상에 합의했다');
  });

  it('decodes Shift_JIS declared only in <meta charset>', async () => {
    const page = await fetchPage(server.url('/shift-jis'));
    expect(page.charsetFromHeader).toBeNull();
    const { text, charset } = decodeFetchedHtml(page.bytes, page.charsetFromHeader);
    expect(charset).toBe('shift_jis');
    expect(text).toContain('東京都、新たな防災計画を発表');
  });

  it('lets the HTTP charset win over a contradicting <meta>', async () => {
    const page = await fetchPage(server.url('/windows-1252'));
    expect(page.charsetFromHeader).toBe('windows-1252');
    const { text, charset } = decodeFetchedHtml(page.bytes, page.charsetFromHeader);
    expect(charset).toBe('windows-1252');
    expect(text).toContain('“We cannot pay €400 a month,” said Renée Dupré — owner of the Étoile café.');
  });

  it('decodes GB18030 (including four-byte characters) and windows-1251', async () => {
    const gb = await fetchPage(server.url('/gb18030'));
    expect(decodeFetchedHtml(gb.bytes, gb.charsetFromHeader).text).toContain('北京发布新的空气质量报告');
    expect(decodeFetchedHtml(gb.bytes, gb.charsetFromHeader).text).toContain('罕见字：𠀀。');
    const ru = await fetchPage(server.url('/windows-1251'));
    expect(ru.charsetFromHeader).toBe('windows-1251');
    expect(decodeFetchedHtml(ru.bytes, ru.charsetFromHeader).text).toContain('«Новая линия соединит четыре района», — сообщил мэр.');
  });

  it('reads a UTF-8 page behind a server-default Latin-1 label as UTF-8', async () => {
    const page = await fetchPage(server.url('/latin1-label-utf8-body'));
    expect(page.charsetFromHeader).toBe('windows-1252');
    expect(decodeFetchedHtml(page.bytes, page.charsetFromHeader)).toEqual({ text: ARTICLE, charset: 'utf-8' });
  });

  it('accepts a page without a Content-Type when its bytes are text', async () => {
    const page = await fetchPage(server.url('/no-type'));
    expect(page.contentType).toBeNull();
    expect(decodeFetchedHtml(page.bytes, null).text).toBe(ARTICLE);
  });

  it.each(['/gzip', '/deflate', '/raw-deflate', '/br', '/gzip-chunked', '/gzip-then-br'])('decompresses %s', async (path) => {
    const page = await fetchPage(server.url(path));
    expect(Buffer.from(page.bytes).toString('utf8')).toBe(ARTICLE);
  });

  it('takes a bare host name as https', async () => {
    // Nothing listens for https on the .invalid name; the point is that it is not refused as "not a web address".
    const error = await fetchPage('nonexistent.invalid/page').catch((reason: unknown) => reason);
    expect((error as Error).message).toBe('Could not reach nonexistent.invalid: the address was not found.');
  });
});
