import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMhtml } from '../../../electron/core/capture/mhtml/parse-mhtml';
import { ClippingsRepo } from '../../../electron/core/clippings/clippings-repo';
import { openDatabase } from '../../../electron/core/db/open-database';
import { fetchResource } from '../../../electron/core/fetch/fetch-resource';
import { captureImages } from '../../../electron/core/media/capture-images';
import type { Fetcher } from '../../../electron/core/media/download-images';
import { archivedResources } from '../../../electron/core/media/images-from-archive';
import { MediaRepo } from '../../../electron/core/media/media-repo';
import { canonicalText } from '../../../shared/document/canonical-text';
import type { DocNode } from '../../../shared/document/document-types';
import { isLocalImageSrc } from '../../../shared/document/safe-url';
import { bytes, startServer, type TestServer } from '../fetch/test-server';
import { png } from './test-images';

let server: TestServer;
const PHOTO = png(40, 30, 2);

beforeAll(async () => {
  server = await startServer({
    '/photo.png': bytes(PHOTO, { 'Content-Type': 'image/png' }),
    '/pixel.gif': bytes(Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64'), { 'Content-Type': 'image/gif' }),
  });
});
afterAll(() => server.close());

function article(...srcs: string[]): DocNode {
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'The strike ended.' }] },
      ...srcs.map((src) => ({ type: 'figure', attrs: { src, alt: 'A bus', credit: 'Photo: Agency' }, content: [{ type: 'text', text: 'Buses at dawn.' }] })),
    ],
  };
}

function figureSrcs(doc: DocNode): unknown[] {
  return (doc.content ?? []).filter((node) => node.type === 'figure').map((node) => node.attrs?.src);
}

describe('captureImages', () => {
  it('stores a figure’s image, rewrites the document, and shares the bytes between clippings', async () => {
    const db = openDatabase(':memory:');
    const clippings = new ClippingsRepo(db);
    const media = new MediaRepo(db);
    const store = async (doc: DocNode): Promise<number> => {
      const captured = await captureImages(doc);
      const text = canonicalText(captured.doc);
      const prepared = { title: 'Strike', format: 'html' as const, doc: captured.doc, text, snapshot: { contentType: 'text/html', bytes: new Uint8Array([1]) } };
      return clippings.insert(prepared, { origin: 'paste' }, { alsoInTransaction: (id) => media.attach(id, captured.images) }).id;
    };

    const photo = server.url('/photo.png');
    const pixel = server.url('/pixel.gif');
    const input = article(photo, pixel);
    const captured = await captureImages(input);
    expect(figureSrcs(input)).toEqual([photo, pixel]);
    expect(captured.images).toHaveLength(1);
    const sha = captured.images[0]!.image.sha256;
    expect(figureSrcs(captured.doc)).toEqual([`media/${sha}`, pixel]);
    expect(isLocalImageSrc(figureSrcs(captured.doc)[0])).toBe(true);
    expect(captured.skipped).toEqual([{ src: pixel, reason: 'a tracking pixel (1×1)' }]);
    expect(canonicalText(captured.doc)).toBe(canonicalText(input));

    const first = await store(article(photo));
    const second = await store(article(photo, pixel));
    expect(clippings.get(second).doc.content?.[1]?.attrs?.src).toBe(`media/${sha}`);
    expect(media.forClipping(first)).toEqual([expect.objectContaining({ src: photo, sha256: sha, mediaType: 'image/png', width: 40, height: 30 })]);
    expect(media.forClipping(second).map((row) => row.src)).toEqual([photo]);
    expect(db.prepare('SELECT count(*) AS n FROM media').get()).toEqual({ n: 1 });
    expect(Buffer.from(media.get(sha)!.bytes)).toEqual(PHOTO);
    db.close();
  });

  it('returns a document without images untouched, without fetching', async () => {
    const calls: string[] = [];
    const fetcher: Fetcher = (url, options) => (calls.push(url), fetchResource(url, options));
    const doc = article();
    expect(await captureImages(doc, { fetcher })).toEqual({ doc, images: [], skipped: [] });
    expect(calls).toEqual([]);
  });

  it('takes images from a page archive instead of the network', async () => {
    const calls: string[] = [];
    const fetcher: Fetcher = (url, options) => (calls.push(url), fetchResource(url, options));
    const saved = readFileSync(fileURLToPath(new URL('../../fixtures/mhtml/chrome-article.mhtml', import.meta.url)));
    const archived = archivedResources(parseMhtml(saved).resources);
    expect([...archived.keys()]).toContain('https://news.example/img/pixel.png');
    expect([...archived.keys()].some((url) => url.startsWith('cid:'))).toBe(false);

    const photoInArchive = 'https://news.example/img/bus.png';
    archived.set(photoInArchive, new Uint8Array(PHOTO));
    const captured = await captureImages(article('https://news.example/img/pixel.png', photoInArchive), { fetcher, archived });
    expect(calls).toEqual([]);
    expect(captured.skipped).toEqual([{ src: 'https://news.example/img/pixel.png', reason: 'a tracking pixel (1×1)' }]);
    expect(captured.images.map((image) => image.src)).toEqual([photoInArchive]);
  });

  it('is cancelled by its signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(captureImages(article(server.url('/photo.png')), { signal: controller.signal })).rejects.toMatchObject({ reason: 'cancelled' });
  });
});
