import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/api/errors';
import { FetchError, type FetchFailure } from '../../../electron/core/fetch/fetch-errors';
import { fetchPage, type FetchOptions } from '../../../electron/core/fetch/fetch-page';
import { bytes, closedPort, html, startServer, type TestServer } from './test-server';

let server: TestServer;
let tlsServer: TestServer;
const PAGE = '<html><body><p>Hello</p></body></html>';
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

beforeAll(async () => {
  const big = Buffer.alloc(64 * 1024, 'a');
  server = await startServer({
    '/500': (_q, r) => r.writeHead(500, { 'Content-Type': 'text/html' }).end('<h1>Oops</h1>'),
    '/503': (_q, r) => r.writeHead(503).end(),
    '/403': (_q, r) => r.writeHead(403, { 'Content-Type': 'text/html' }).end('<h1>Subscribe</h1>'),
    '/401': (_q, r) => r.writeHead(401).end(),
    '/410': (_q, r) => r.writeHead(410).end(),
    '/429': (_q, r) => r.writeHead(429).end(),
    '/400': (_q, r) => r.writeHead(400).end(),
    '/hang': () => {
      // Never answers.
    },
    '/slow-body': (_q, r) => {
      r.writeHead(200, { 'Content-Type': 'text/html' });
      r.write('<html><body>'); // …and never finishes.
    },
    '/big-with-length': bytes(big, { 'Content-Type': 'text/html' }),
    '/big-chunked': (_q, r) => {
      r.writeHead(200, { 'Content-Type': 'text/html' });
      for (let i = 0; i < 16; i++) r.write(big.subarray(0, 4096));
      r.end();
    },
    '/big-endless': (_q, r) => {
      // Would stream forever; the fetch must stop reading at the limit.
      r.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = Buffer.alloc(16 * 1024, 'b');
      const pump = () => {
        while (!r.destroyed && r.write(chunk)) {
          // Keep writing until the socket pushes back.
        }
        if (!r.destroyed) r.once('drain', pump);
      };
      pump();
    },
    '/bomb': bytes(zlib.gzipSync(Buffer.alloc(50 * 1024 * 1024)), { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }),
    '/br-bomb': bytes(zlib.brotliCompressSync(Buffer.alloc(50 * 1024 * 1024)), { 'Content-Type': 'text/html', 'Content-Encoding': 'br' }),
    '/truncated-gzip': (_q, r) => {
      const gz = zlib.gzipSync(Buffer.from(PAGE.repeat(50)));
      r.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }).end(gz.subarray(0, gz.length - 12));
    },
    '/truncated-br': (_q, r) => {
      const br = zlib.brotliCompressSync(Buffer.from(PAGE.repeat(50)));
      r.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'br' }).end(br.subarray(0, Math.floor(br.length / 2)));
    },
    '/corrupt-gzip': (_q, r) => {
      const gz = zlib.gzipSync(Buffer.from(PAGE.repeat(50)));
      for (let i = 20; i < 40; i++) gz[i] = 0xff;
      r.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }).end(gz);
    },
    '/zstd': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'zstd' }).end('xx'),
    '/cut-off': (_q, r) => {
      r.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': 10_000 });
      r.write('<html><body>partial');
      setTimeout(() => r.socket?.destroy(), 20);
    },
    '/pdf': bytes(Buffer.from('%PDF-1.4\n%…'), { 'Content-Type': 'application/pdf' }),
    '/png': bytes(PNG, { 'Content-Type': 'image/png' }),
    '/pdf-as-html': bytes(Buffer.from('%PDF-1.4\n1 0 obj\n'), { 'Content-Type': 'text/html' }),
    '/json': html('{"a":1}', 'application/json'),
    '/empty': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end(),
    '/no-content': (_q, r) => r.writeHead(204).end(),
    '/garbage-reply': (request) => {
      request.socket.end('HTTP/1.1 2xx What\r\n\r\n');
    },
  });
  tlsServer = await startServer({ '/': html(PAGE) }, { tls: true });
});

afterAll(async () => {
  await server.close();
  await tlsServer.close();
});

async function failure(url: string, options?: FetchOptions): Promise<{ code: ErrorCode; reason: FetchFailure; message: string }> {
  const error = await fetchPage(url, options).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error, 'expected the fetch to fail').toBeInstanceOf(FetchError);
  const { code, reason, message } = error as FetchError;
  // Never a stack trace or a raw Node error in what the user reads.
  expect(message).not.toMatch(/\n\s+at |Error:|ECONN|ENOTFOUND|node:/);
  return { code, reason, message };
}

describe('fetchPage failures', () => {
  it('names an unresolvable host', async () => {
    const { code, reason, message } = await failure('http://nonexistent.invalid/');
    expect({ code, reason }).toEqual({ code: 'network', reason: 'dns' });
    expect(message).toBe('Could not reach nonexistent.invalid: the address was not found.');
  });

  it('reports a refused connection', async () => {
    const port = await closedPort();
    const { code, reason, message } = await failure(`http://127.0.0.1:${port}/`);
    expect({ code, reason }).toEqual({ code: 'network', reason: 'refused' });
    expect(message).toBe(`Could not reach 127.0.0.1:${port}: the connection was refused. The site may be down.`);
  });

  it('reports 404 with the address', async () => {
    const { code, message } = await failure(server.url('/missing?q=1#top'));
    expect(code).toBe('not_found');
    expect(message).toBe(`The page at ${server.url('/missing?q=1')} was not found (HTTP 404).`);
  });

  it('reports 410, 5xx, 429 and other 4xx', async () => {
    expect((await failure(server.url('/410'))).message).toBe(`The page at ${server.url('/410')} no longer exists (HTTP 410).`);
    const host = server.origin.replace('http://', '');
    const fiveHundred = await failure(server.url('/500'));
    expect(fiveHundred.reason).toBe('server_error');
    expect(fiveHundred.message).toBe(`${host} had a problem serving ${server.url('/500')} (HTTP 500). Try again later.`);
    expect((await failure(server.url('/503'))).message).toContain('(HTTP 503)');
    expect((await failure(server.url('/429'))).message).toContain('HTTP 429');
    expect((await failure(server.url('/400'))).message).toBe(`${host} refused the request for ${server.url('/400')} (HTTP 400).`);
  });

  it('suggests the browser bridge for 401 and 403 and does not use the session-token code', async () => {
    for (const status of [401, 403]) {
      const { code, reason, message } = await failure(server.url(`/${status}`));
      expect(code).not.toBe('forbidden');
      expect(reason).toBe('access_denied');
      expect(message).toContain(`(HTTP ${status})`);
      expect(message).toMatch(/subscription or a login/);
      expect(message).toMatch(/browser bridge/);
    }
  });

  it('times out when the server never answers', async () => {
    const started = Date.now();
    const { reason, message } = await failure(server.url('/hang'), { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(reason).toBe('timeout');
    expect(message).toBe(`${server.origin.replace('http://', '')} did not answer within 0.3 seconds. Try again later.`);
  });

  it('counts the body against the same deadline', async () => {
    const { reason, message } = await failure(server.url('/slow-body'), { timeoutMs: 300 });
    expect(reason).toBe('timeout');
    expect(message).toMatch(/did not finish sending the page within 0\.3 seconds/);
  });

  it('words the default deadline as 20 seconds', async () => {
    const { timedOut } = await import('../../../electron/core/fetch/fetch-errors');
    expect(timedOut(new URL('https://news.example/a'), 20_000, false).message).toBe(
      'news.example did not answer within 20 seconds. Try again later.',
    );
  });

  it('refuses an oversized body announced by Content-Length', async () => {
    const { code, message } = await failure(server.url('/big-with-length'), { maxBytes: 1024 });
    expect(code).toBe('too_large');
    expect(message).toBe(`The page at ${server.url('/big-with-length')} is 64.0 KB; Dossier clips pages up to 1.0 KB.`);
  });

  it('refuses an oversized body without Content-Length while it streams', async () => {
    const { code, message } = await failure(server.url('/big-chunked'), { maxBytes: 1024 });
    expect(code).toBe('too_large');
    expect(message).toBe(`The page at ${server.url('/big-chunked')} is larger than 1.0 KB; Dossier clips pages up to 1.0 KB.`);
    expect((await failure(server.url('/big-endless'), { maxBytes: 256 * 1024 })).code).toBe('too_large');
  });

  it('stops a gzip or brotli bomb at the limit', async () => {
    const before = process.memoryUsage().rss;
    for (const path of ['/bomb', '/br-bomb']) {
      const { code, message } = await failure(server.url(path), { maxBytes: 1024 * 1024 });
      expect(code).toBe('too_large');
      expect(message).toBe(`The page at ${server.url(path)} is larger than 1 MB; Dossier clips pages up to 1 MB.`);
    }
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
  });

  it('reports truncated or corrupt compressed data', async () => {
    for (const path of ['/truncated-gzip', '/truncated-br']) {
      const { code, message } = await failure(server.url(path));
      expect(code).toBe('encoding');
      expect(message).toBe('The page arrived damaged (truncated compressed data). Try again.');
    }
    expect((await failure(server.url('/corrupt-gzip'))).message).toBe('The page arrived damaged (corrupt compressed data). Try again.');
    expect((await failure(server.url('/zstd'))).message).toBe(
      `The page at ${server.url('/zstd')} is compressed in a way Dossier can't read (zstd).`,
    );
  });

  it('reports a connection cut off mid-page', async () => {
    const { reason, message } = await failure(server.url('/cut-off'));
    expect(reason).toBe('connection');
    expect(message).toMatch(/was cut off before the page finished arriving/);
  });

  it('refuses PDFs, images and other non-pages by their type', async () => {
    const pdf = await failure(server.url('/pdf'));
    expect(pdf.code).toBe('unsupported_file');
    expect(pdf.message).toBe(`${server.url('/pdf')} is a PDF document, not a web page.`);
    expect((await failure(server.url('/png'))).message).toBe(`${server.url('/png')} is a PNG image, not a web page.`);
    expect((await failure(server.url('/json'))).message).toBe(`${server.url('/json')} is JSON data, not a web page.`);
  });

  it('refuses a PDF served as text/html by its bytes', async () => {
    expect((await failure(server.url('/pdf-as-html'))).message).toBe(`${server.url('/pdf-as-html')} is a PDF document, not a web page.`);
  });

  it('refuses an empty page', async () => {
    for (const path of ['/empty', '/no-content']) {
      const { code, message } = await failure(server.url(path));
      expect(code).toBe('empty');
      expect(message).toBe(`The page at ${server.url(path)} is empty; there is nothing to clip.`);
    }
  });

  it('reports a reply that is not HTTP', async () => {
    const { reason, message } = await failure(server.url('/garbage-reply'));
    expect(reason).toBe('bad_reply');
    expect(message).toMatch(/sent a reply Dossier could not understand/);
  });

  it('refuses an untrusted certificate and plain http spoken to a TLS port', async () => {
    const host = tlsServer.origin.replace('https://', '');
    const selfSigned = await failure(tlsServer.url('/'));
    expect(selfSigned.reason).toBe('tls');
    expect(selfSigned.message).toBe(`Could not connect securely to ${host}: its certificate is self-signed and not trusted.`);
    const plainToTls = await failure(tlsServer.url('/').replace('https:', 'http:'));
    expect(plainToTls.message).not.toMatch(/Error/);
  });

  it('refuses addresses that are not http or https', async () => {
    for (const address of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi', 'ftp://news.example/']) {
      const { code, message } = await failure(address);
      expect(code).toBe('invalid_input');
      expect(message).toMatch(/^Dossier fetches only http:\/\/ and https:\/\/ addresses, not [a-z]+: ones like/);
    }
    expect((await failure('not a url')).message).toBe(
      '“not a url” is not a web address. Enter an address that starts with http:// or https://.',
    );
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const pending = failure(server.url('/hang'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const { reason, message } = await pending;
    expect(reason).toBe('cancelled');
    expect(message).toBe(`Fetching ${server.url('/hang')} was cancelled.`);
  });
});
