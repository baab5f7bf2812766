import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../../electron/core/fetch/fetch-errors';
import { fetchPage } from '../../../electron/core/fetch/fetch-page';
import { html, redirect, startServer, type TestServer } from './test-server';

let server: TestServer;
const PAGE = '<html><body><p>Arrived</p></body></html>';

beforeAll(async () => {
  const routes: Parameters<typeof startServer>[0] = {
    '/final': html(PAGE),
    '/articles/relative': redirect('../final', 301),
    '/chain/1': redirect('/chain/2', 301),
    '/chain/2': redirect('/chain/3', 307),
    '/chain/3': redirect('/final', 308),
    '/loop/a': redirect('/loop/b'),
    '/loop/b': redirect('/loop/a'),
    '/self': redirect('/self'),
    '/to-file': redirect('file:///etc/passwd'),
    '/to-javascript': redirect('javascript:alert(1)'),
    '/to-data': redirect('data:text/html,<p>hi</p>'),
    '/no-location': (_q, r) => r.writeHead(302).end(),
    '/to-missing': redirect('/nowhere'),
    '/cookie-check': (request, response) => {
      // A consent wall: set a cookie, send the reader back to the same address.
      if (request.headers.cookie?.includes('consent=yes')) html(PAGE)(request, response);
      else redirect('/cookie-check', 302, { 'Set-Cookie': 'consent=yes; Path=/; HttpOnly' })(request, response);
    },
    '/with-fragment': redirect('/final'),
  };
  // /hops/0 → /hops/1 → … → /hops/N → /final
  for (let i = 0; i < 11; i++) routes[`/hops/${i}`] = redirect(i === 10 ? '/final' : `/hops/${i + 1}`);
  // The same with one hop fewer: exactly 10 redirects.
  for (let i = 1; i < 11; i++) routes[`/ten/${i}`] = redirect(i === 10 ? '/final' : `/ten/${i + 1}`);
  server = await startServer(routes);
});

afterAll(() => server.close());

async function message(url: string): Promise<string> {
  const error = await fetchPage(url).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FetchError);
  return (error as FetchError).message;
}

describe('redirects', () => {
  it('follows a relative Location', async () => {
    const page = await fetchPage(server.url('/articles/relative'));
    expect(page.finalUrl).toBe(server.url('/final'));
    expect(page.redirects).toEqual([server.url('/final')]);
    expect(page.requestedUrl).toBe(server.url('/articles/relative'));
  });

  it('follows a chain of three and lists every hop', async () => {
    const page = await fetchPage(server.url('/chain/1'));
    expect(page.redirects).toEqual([server.url('/chain/2'), server.url('/chain/3'), server.url('/final')]);
    expect(Buffer.from(page.bytes).toString()).toBe(PAGE);
  });

  it('follows exactly ten redirects but not eleven', async () => {
    const ten = await fetchPage(server.url('/ten/1'));
    expect(ten.redirects).toHaveLength(10);
    expect(ten.finalUrl).toBe(server.url('/final'));
    expect(await message(server.url('/hops/0'))).toBe(
      `The page at ${server.url('/hops/0')} redirected more than 10 times, so Dossier gave up.`,
    );
  });

  it('detects loops', async () => {
    expect(await message(server.url('/loop/a'))).toBe(`The page at ${server.url('/loop/a')} redirects in a loop and never arrives at a page.`);
    expect(await message(server.url('/self'))).toMatch(/redirects in a loop/);
  });

  it('follows a cookie-setting redirect back to the same address', async () => {
    const page = await fetchPage(server.url('/cookie-check'));
    expect(page.redirects).toEqual([server.url('/cookie-check')]);
    expect(Buffer.from(page.bytes).toString()).toBe(PAGE);
  });

  it('refuses redirects to file:, javascript: and data: addresses', async () => {
    for (const [path, scheme] of [
      ['/to-file', 'file:'],
      ['/to-javascript', 'javascript:'],
      ['/to-data', 'data:'],
    ] as const) {
      const error = (await fetchPage(server.url(path)).catch((reason: unknown) => reason)) as FetchError;
      expect(error.code).toBe('invalid_input');
      expect(error.message).toBe(
        `The page at ${server.url(path)} redirected to a ${scheme} address; Dossier follows redirects only to http:// and https:// addresses.`,
      );
    }
  });

  it('reports a redirect without a Location and the status of the final page', async () => {
    expect(await message(server.url('/no-location'))).toBe(`The page at ${server.url('/no-location')} redirected (HTTP 302) without saying where to.`);
    expect(await message(server.url('/to-missing'))).toBe(`The page at ${server.url('/nowhere')} was not found (HTTP 404).`);
  });

  it('keeps the fragment the page was asked for', async () => {
    const page = await fetchPage(server.url('/with-fragment#section-2'));
    expect(page.finalUrl).toBe(server.url('/final#section-2'));
  });

  it('honours a smaller maxRedirects', async () => {
    const error = (await fetchPage(server.url('/chain/1'), { maxRedirects: 2 }).catch((reason: unknown) => reason)) as FetchError;
    expect(error.reason).toBe('too_many_redirects');
    expect(error.message).toMatch(/redirected more than 2 times/);
  });
});
