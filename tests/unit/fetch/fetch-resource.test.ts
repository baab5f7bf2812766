import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../../electron/core/fetch/fetch-errors';
import { fetchResource, type ResourceOptions } from '../../../electron/core/fetch/fetch-resource';
import { refererFor } from '../../../electron/core/fetch/request-headers';
import { bytes, redirect, startServer, type TestServer } from './test-server';

let server: TestServer;
const BLOB = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0xff, 0xfe]);
const OPTIONS: ResourceOptions = { maxBytes: 1024, timeoutMs: 2000, accept: 'image/*', noun: 'image' };

beforeAll(async () => {
  server = await startServer({
    '/blob': bytes(BLOB, { 'Content-Type': 'application/octet-stream' }),
    '/as-html': bytes(BLOB, { 'Content-Type': 'text/html' }),
    '/gzip': bytes(zlib.gzipSync(BLOB), { 'Content-Type': 'image/png', 'Content-Encoding': 'gzip' }),
    '/moved': redirect('/blob', 301),
    '/big-chunked': (_q, r) => {
      r.writeHead(200, { 'Content-Type': 'image/png' });
      for (let i = 0; i < 8; i++) r.write(Buffer.alloc(512, i));
      r.end();
    },
    '/empty': (_q, r) => r.writeHead(200, { 'Content-Type': 'image/png' }).end(),
    '/hang': () => {
      // Never answers.
    },
    '/to-file': redirect('file:///etc/passwd'),
    '/private.jpg': (_q, r) => r.writeHead(403).end(),
  });
});

afterAll(() => server.close());

async function failure(url: string, options: Partial<ResourceOptions> = {}): Promise<FetchError> {
  const error = await fetchResource(url, { ...OPTIONS, ...options }).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('fetchResource', () => {
  it('returns the bytes whatever type the server declares', async () => {
    const blob = await fetchResource(server.url('/blob'), OPTIONS);
    expect(Buffer.from(blob.bytes)).toEqual(BLOB);
    expect(blob.contentType).toBe('application/octet-stream');
    const html = await fetchResource(server.url('/as-html'), OPTIONS);
    expect(html.contentType).toBe('text/html');
    expect(Buffer.from(html.bytes)).toEqual(BLOB);
  });

  it('decompresses and follows redirects like fetchPage', async () => {
    expect(Buffer.from((await fetchResource(server.url('/gzip'), OPTIONS)).bytes)).toEqual(BLOB);
    const moved = await fetchResource(server.url('/moved'), OPTIONS);
    expect(moved.finalUrl).toBe(server.url('/blob'));
    expect(moved.redirects).toEqual([server.url('/blob')]);
  });

  it('sends the Accept header it is given and a browser-like Referer', async () => {
    await fetchResource(server.url('/blob'), { ...OPTIONS, accept: 'image/webp,*/*;q=0.5', referer: `${server.origin}/article?id=1#top` });
    let seen = server.requests.at(-1)!.headers;
    expect(seen.accept).toBe('image/webp,*/*;q=0.5');
    expect(seen.referer).toBe(`${server.origin}/article?id=1`);
    expect(seen['user-agent']).toMatch(/^Mozilla\/5\.0/);
    await fetchResource(server.url('/blob'), { ...OPTIONS, referer: 'http://news.example/2024/story.html' });
    seen = server.requests.at(-1)!.headers;
    expect(seen.referer).toBe('http://news.example/');
    await fetchResource(server.url('/blob'), OPTIONS);
    expect(server.requests.at(-1)!.headers.referer).toBeUndefined();
  });

  it('refuses a body over the limit while it streams, in words about an image', async () => {
    const error = await failure(server.url('/big-chunked'));
    expect(error.reason).toBe('too_large');
    expect(error.message).toBe(`The image at ${server.url('/big-chunked')} is larger than 1.0 KB; Dossier downloads images up to 1.0 KB.`);
  });

  it('reports HTTP errors with their status', async () => {
    const error = await failure(server.url('/missing.png'));
    expect(error.status).toBe(404);
    expect(error.message).toBe(`The image at ${server.url('/missing.png')} was not found (HTTP 404).`);
    const denied = await failure(server.url('/private.jpg'));
    expect(denied.status).toBe(403);
    // The browser-bridge advice is for pages, not images.
    expect(denied.message).toBe(`${server.origin.replace('http://', '')} refused to hand over ${server.url('/private.jpg')} (HTTP 403).`);
  });

  it('refuses an empty body, unsafe redirects and addresses that are not absolute web addresses', async () => {
    expect((await failure(server.url('/empty'))).message).toBe(`The image at ${server.url('/empty')} is empty.`);
    expect((await failure(server.url('/to-file'))).message).toBe(
      `The image at ${server.url('/to-file')} redirected to a file: address; Dossier follows redirects only to http:// and https:// addresses.`,
    );
    expect((await failure('news.example/photo.jpg')).reason).toBe('invalid_url');
    expect((await failure('file:///etc/passwd')).reason).toBe('invalid_url');
  });

  it('times out and can be cancelled', async () => {
    const timeout = await failure(server.url('/hang'), { timeoutMs: 200 });
    expect(timeout.reason).toBe('timeout');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect((await failure(server.url('/hang'), { signal: controller.signal })).reason).toBe('cancelled');
  });
});

describe('refererFor', () => {
  const target = new URL('https://images.example/a.jpg');

  it('sends the full address to the same origin and only the origin elsewhere', () => {
    expect(refererFor(new URL('https://images.example/b.jpg'), 'https://user:pw@images.example/story?x=1#c')).toBe('https://images.example/story?x=1');
    expect(refererFor(target, 'https://news.example/2024/story')).toBe('https://news.example/');
  });

  it('sends nothing from https to http, or for a referer that is not a web address', () => {
    expect(refererFor(new URL('http://images.example/a.jpg'), 'https://news.example/story')).toBeNull();
    expect(refererFor(target, 'file:///home/me/page.html')).toBeNull();
    expect(refererFor(target, 'not a url')).toBeNull();
    expect(refererFor(target, undefined)).toBeNull();
  });
});
