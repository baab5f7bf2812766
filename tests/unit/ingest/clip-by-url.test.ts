import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { unwrap } from '../../../shared/api/envelope';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/api/contract';
import { openLibrary, type Library } from '../../../electron/core/library';
import { makeTempDir } from '../../helpers/temp-dir';
import { bytes, closedPort, fetchFixture, html, startServer, type TestServer } from '../fetch/test-server';
import { solidPng } from '../../e2e/support/fixture-site';

const ARTICLE = readFileSync(new URL('../../fixtures/e2e/site/red-necktie.html', import.meta.url));
const HOME = readFileSync(new URL('../../fixtures/e2e/site/home.html', import.meta.url), 'utf8');
const HEADLINE = 'North Korea rallies instructors to instill loyalty to Kim Jong-un in children';

let server: TestServer;
let temp: ReturnType<typeof makeTempDir>;
let library: Library;

beforeAll(async () => {
  const broken = ARTICLE.toString('utf8')
    .replace('"@context"', '"@context": oops, {{')
    .replace('<head>', '<head><style>@media screen { .a { color: red } } }}} @import url(</style>');
  server = await startServer({
    '/article': bytes(ARTICLE, { 'Content-Type': 'text/html; charset=utf-8' }),
    '/images/instructors.png': bytes(solidPng(400, 240, [10, 20, 30]), { 'Content-Type': 'image/png' }),
    '/home': html(HOME),
    '/broken-metadata': html(broken),
    '/server-error': (_request, response) => void response.writeHead(500).end('oops'),
    '/pdf': bytes(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), { 'Content-Type': 'application/pdf' }),
    '/image': bytes(solidPng(10, 10, [0, 0, 0]), { 'Content-Type': 'image/png' }),
    '/truncated-gzip': bytes(gzipSync(ARTICLE).subarray(0, 400), { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }),
    '/huge': (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      for (let i = 0; i < 50; i += 1) response.write(chunk);
      response.end();
    },
    '/euc-kr': bytes(fetchFixture('euc-kr-no-meta.html'), { 'Content-Type': 'text/html; charset=euc-kr' }),
    '/mislabelled': bytes(Buffer.from([0x3c, 0x70, 0x3e, 0xb0, 0xa1, 0xff, 0xfe, 0x3c, 0x2f, 0x70, 0x3e]), {
      'Content-Type': 'text/html; charset=utf-8',
    }),
  });
});
afterAll(() => server.close());

beforeEach(() => {
  temp = makeTempDir();
  library = openLibrary({ dataDir: temp.dir, mode: 'cli' });
});
afterEach(() => {
  library.close();
  temp.cleanup();
});

const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => unwrap(await library.dispatch(method, input)) as MethodResult<M>;
const clip = (input: MethodInput<'clippings.createFromUrl'>) => call('clippings.createFromUrl', input);
const failure = async (path: string) => {
  const envelope = await library.dispatch('clippings.createFromUrl', { url: server.url(path) });
  if (envelope.ok) throw new Error(`${path} was clipped`);
  return envelope.error;
};

describe('clip by URL', () => {
  it('stores the article with its metadata, the photo as a local copy, and the original with its SHA-256', async () => {
    const outcome = await clip({ url: server.url('/article') });
    expect(outcome.status).toBe('created');
    if (outcome.status === 'duplicate') return;
    const clipping = (await call('clippings.get', { id: outcome.clipping.id }));
    expect(clipping).toMatchObject({ title: HEADLINE, origin: 'url', sourceUrl: server.url('/article') });
    expect(clipping.meta).toMatchObject({ authors: ['Kim Jae-won', 'Lee Min-ji'], outlet: 'Korea JoongAng Daily', published: '2025-03-31T11:10:00+09:00' });
    const figure = clipping.doc.content?.find((node) => node.type === 'figure');
    expect(figure?.attrs?.src).toMatch(/^media\/[0-9a-f]{64}$/);
    const sha = String(figure?.attrs?.src).slice('media/'.length);
    expect(library.media.get(sha)?.mediaType).toBe('image/png');
    expect(clipping.capture?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(clipping.capture?.byteLength).toBe(ARTICLE.byteLength);
    expect(clipping.text).not.toMatch(/Subscribe|Accept all|Read more/);
  });

  it('reports the same address as a duplicate without fetching again, and keeps a new version when asked', async () => {
    const first = await clip({ url: server.url('/article') });
    const fetchesBefore = server.requests.filter((request) => request.url === '/article').length;
    const again = await clip({ url: server.url('/article?utm_source=x') });
    expect(again).toMatchObject({ status: 'duplicate', match: 'url' });
    expect(server.requests.filter((request) => request.url?.startsWith('/article')).length).toBe(fetchesBefore);

    const version = await clip({ url: server.url('/article'), duplicates: 'newVersion' });
    expect(version).toMatchObject({ status: 'version', clipping: { version: 2 } });
    if (first.status !== 'created' || version.status !== 'version') throw new Error('unexpected outcomes');
    expect(version.clipping.articleId).toBe(first.clipping.id);
    expect((await call('clippings.list', {})).items).toHaveLength(1);
  });

  it('decodes a page by the charset the server sends', async () => {
    const outcome = await clip({ url: server.url('/euc-kr') });
    if (outcome.status === 'duplicate') throw new Error('unexpected duplicate');
    expect((await call('clippings.get', { id: outcome.clipping.id })).text).toMatch(/[\uac00-\ud7a3]/);
  });

  it('survives malformed JSON-LD and CSS the parser cannot read', async () => {
    const outcome = await clip({ url: server.url('/broken-metadata') });
    expect(outcome.status).toBe('created');
  });
});

describe('clip by URL: bad input gets a clear message and stores nothing', () => {
  const cases: Array<[string, () => Promise<string>, RegExp]> = [
    ['an unreachable host', async () => `http://127.0.0.1:${await closedPort()}/story`, /refused|could not connect|not reachable/i],
    ['a 404', async () => '/nowhere', /not found.*404/i],
    ['a 500', async () => '/server-error', /500|server/i],
    ['a PDF', async () => '/pdf', /PDF/],
    ['an image', async () => '/image', /image/i],
    ['a truncated gzip body', async () => '/truncated-gzip', /damaged|incomplete|cut off|truncated/i],
    ['a home page', async () => '/home', /No article was found.*home page/],
    ['a 50 MB page', async () => '/huge', /20 MB/],
    ['bytes not valid in the declared charset', async () => '/mislabelled', /UTF-8/],
  ];
  for (const [what, target, message] of cases) {
    it(what, async () => {
      const path = await target();
      const error = path.startsWith('http')
        ? await library.dispatch('clippings.createFromUrl', { url: path }).then((envelope) => (envelope.ok ? null : envelope.error))
        : await failure(path);
      expect(error?.message).toMatch(message);
      expect((await call('clippings.list', {})).total).toBe(0);
    });
  }
});
