import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, describeLimit } from '../../../electron/core/fetch/fetch-errors';
import { fetchResource } from '../../../electron/core/fetch/fetch-resource';
import { downloadImages, type Fetcher } from '../../../electron/core/media/download-images';
import type { ImageOutcome } from '../../../electron/core/media/media-types';
import { bytes, redirect, startServer, type TestServer } from '../fetch/test-server';
import { dataUrl, gif, jpeg, png } from './test-images';

let server: TestServer;
let inFlight = 0;
let maxInFlight = 0;
const PHOTO = png(40, 30, 1);
const CHART = jpeg(64, 48, 'chart');
const MAP = gif(32, 24);

beforeAll(async () => {
  server = await startServer({
    '/photo.png': bytes(PHOTO, { 'Content-Type': 'image/png' }),
    '/photo-as-text.png': bytes(PHOTO, { 'Content-Type': 'text/plain' }),
    '/chart.jpg': bytes(CHART, { 'Content-Type': 'image/jpeg' }),
    '/map.gif': bytes(MAP, { 'Content-Type': 'image/gif' }),
    '/pixel.gif': bytes(gif(1, 1), { 'Content-Type': 'image/gif', 'Cache-Control': 'no-store' }),
    '/error-page.png': bytes(Buffer.from('<!DOCTYPE html><html><body><h1>Oops</h1></body></html>'), { 'Content-Type': 'image/png' }),
    '/moved.png': redirect('/photo.png', 301),
    '/endless.png': (_q, r) => {
      // Starts like a PNG and never stops: must be refused while it streams.
      r.writeHead(200, { 'Content-Type': 'image/png' });
      r.write(PHOTO);
      const chunk = Buffer.alloc(64 * 1024, 7);
      const pump = () => {
        while (!r.destroyed && r.write(chunk)) {
          // Until the socket pushes back.
        }
        if (!r.destroyed) r.once('drain', pump);
      };
      pump();
    },
    '/hang.png': () => {
      // Never answers.
    },
    '/slow': (request, response) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const seed = Number(new URL(request.url ?? '', 'http://x').searchParams.get('n'));
      setTimeout(() => {
        inFlight--;
        response.writeHead(200, { 'Content-Type': 'image/png' }).end(png(20, 20, seed));
      }, 60);
    },
  });
});

afterAll(() => server.close());

function countingFetcher(): { fetcher: Fetcher; calls: string[] } {
  const calls: string[] = [];
  return { calls, fetcher: (url, options) => (calls.push(url), fetchResource(url, options)) };
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function reasons(outcomes: ImageOutcome[]): Record<string, string> {
  return Object.fromEntries(outcomes.flatMap((o) => (o.ok ? [] : [[o.src.replace(server.origin, ''), o.reason]])));
}

describe('downloadImages', () => {
  it('downloads PNG, JPEG and GIF images and describes them by their bytes', async () => {
    const outcomes = await downloadImages([server.url('/photo.png'), server.url('/chart.jpg'), server.url('/map.gif')]);
    expect(outcomes.map((o) => o.ok && { ...o.image, bytes: Buffer.from(o.image.bytes) })).toEqual([
      { sha256: sha256(PHOTO), mediaType: 'image/png', bytes: PHOTO, width: 40, height: 30 },
      { sha256: sha256(CHART), mediaType: 'image/jpeg', bytes: CHART, width: 64, height: 48 },
      { sha256: sha256(MAP), mediaType: 'image/gif', bytes: MAP, width: 32, height: 24 },
    ]);
    expect(outcomes.map((o) => o.src)).toEqual([server.url('/photo.png'), server.url('/chart.jpg'), server.url('/map.gif')]);
  });

  it('decides the type from the bytes, not the Content-Type', async () => {
    const [asText, errorPage] = await downloadImages([server.url('/photo-as-text.png'), server.url('/error-page.png')]);
    expect(asText).toMatchObject({ ok: true, image: { mediaType: 'image/png', sha256: sha256(PHOTO) } });
    expect(errorPage).toEqual({ src: server.url('/error-page.png'), ok: false, reason: 'not an image (text/html)' });
  });

  it('drops a 1×1 GIF as a tracking pixel and reports a 404', async () => {
    const outcomes = await downloadImages([server.url('/pixel.gif'), server.url('/gone.jpg')]);
    expect(reasons(outcomes)).toEqual({ '/pixel.gif': 'a tracking pixel (1×1)', '/gone.jpg': 'HTTP 404' });
  });

  it('refuses an image over 5 MB while it streams', async () => {
    const started = Date.now();
    const [outcome] = await downloadImages([server.url('/endless.png')]);
    expect(outcome).toEqual({ src: server.url('/endless.png'), ok: false, reason: 'larger than 5 MB' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('follows redirects', async () => {
    const [outcome] = await downloadImages([server.url('/moved.png')]);
    expect(outcome).toMatchObject({ src: server.url('/moved.png'), ok: true, image: { sha256: sha256(PHOTO) } });
  });

  it('decodes data: URLs locally, under the same rules', async () => {
    const { fetcher, calls } = countingFetcher();
    const inline = dataUrl('image/png', png(16, 16, 9));
    const pixel = dataUrl('image/gif', gif(1, 1));
    const huge = dataUrl('image/png', Buffer.alloc(6 * 1024 * 1024));
    const outcomes = await downloadImages([inline, pixel, huge], { fetcher });
    expect(calls).toEqual([]);
    expect(outcomes[0]).toMatchObject({ ok: true, image: { mediaType: 'image/png', width: 16, height: 16, sha256: sha256(png(16, 16, 9)) } });
    expect(outcomes.slice(1).map((o) => !o.ok && o.reason)).toEqual(['a tracking pixel (1×1)', 'larger than 5 MB']);
  });

  it('fetches a repeated address once and counts identical bytes once', async () => {
    const { fetcher, calls } = countingFetcher();
    const outcomes = await downloadImages([server.url('/photo.png'), server.url('/photo.png'), server.url('/photo-as-text.png')], {
      fetcher,
      maxTotalBytes: PHOTO.length,
    });
    expect(calls).toEqual([server.url('/photo.png'), server.url('/photo-as-text.png')]);
    expect(outcomes).toHaveLength(2);
    expect(outcomes.every((o) => o.ok && o.image.sha256 === sha256(PHOTO))).toBe(true);
  });

  it('skips images once the clipping’s total is spent', async () => {
    const { fetcher, calls } = countingFetcher();
    const sources = [server.url('/photo.png'), server.url('/chart.jpg'), server.url('/map.gif')];
    const total = PHOTO.length + CHART.length + 10;
    const outcomes = await downloadImages(sources, { fetcher, concurrency: 1, maxTotalBytes: total });
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false]);
    expect(reasons(outcomes)).toEqual({ '/map.gif': `over the ${describeLimit(total)} limit for one clipping's images` });
    expect(calls).toHaveLength(3);

    // With nothing left of the budget, the next image is not even requested.
    const spent = countingFetcher();
    const exact = await downloadImages(sources, { fetcher: spent.fetcher, concurrency: 1, maxTotalBytes: PHOTO.length + CHART.length });
    expect(exact.map((o) => o.ok)).toEqual([true, true, false]);
    expect(spent.calls).toEqual(sources.slice(0, 2));
  });

  it('takes at most maxImages images', async () => {
    const { fetcher, calls } = countingFetcher();
    const sources = [server.url('/photo.png'), server.url('/chart.jpg'), server.url('/map.gif')];
    const outcomes = await downloadImages(sources, { fetcher, maxImages: 2 });
    expect(reasons(outcomes)).toEqual({ '/map.gif': 'more than 2 images in one clipping' });
    expect(calls).toEqual(sources.slice(0, 2));
  });

  it('downloads at most four at a time', async () => {
    maxInFlight = 0;
    const sources = Array.from({ length: 10 }, (_, n) => server.url(`/slow?n=${n}`));
    const outcomes = await downloadImages(sources);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(new Set(outcomes.map((o) => o.ok && o.image.sha256)).size).toBe(10);
    expect(maxInFlight).toBe(4);
  });

  it('gives each image its own timeout and all of them one deadline', async () => {
    const [slow] = await downloadImages([server.url('/hang.png')], { imageTimeoutMs: 200 });
    expect(slow).toEqual({ src: server.url('/hang.png'), ok: false, reason: 'took longer than 0.2 seconds' });

    const started = Date.now();
    const outcomes = await downloadImages([server.url('/hang.png'), server.url('/hang.png?2'), server.url('/photo.png')], {
      deadlineMs: 300,
      concurrency: 2,
    });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.reason))).toEqual([
      "out of time (0.3 seconds for all of a clipping's images)",
      "out of time (0.3 seconds for all of a clipping's images)",
      "out of time (0.3 seconds for all of a clipping's images)",
    ]);
  });

  it('uses archived bytes instead of the network', async () => {
    const { fetcher, calls } = countingFetcher();
    const archived = new Map([['https://news.example/img/photo.png', new Uint8Array(png(24, 24, 5))]]);
    const outcomes = await downloadImages(['https://news.example/img/photo.png', server.url('/chart.jpg')], { fetcher, archived });
    expect(calls).toEqual([server.url('/chart.jpg')]);
    expect(outcomes[0]).toMatchObject({ ok: true, image: { width: 24, height: 24, sha256: sha256(png(24, 24, 5)) } });
  });

  it('sends the article as the Referer', async () => {
    await downloadImages([server.url('/map.gif')], { referer: `${server.origin}/story` });
    expect(server.requests.at(-1)!.headers.referer).toBe(`${server.origin}/story`);
  });

  it('is cancelled as a whole by its signal', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    const error = await downloadImages([server.url('/hang.png'), server.url('/photo.png')], { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).reason).toBe('cancelled');
    expect((error as FetchError).message).toBe('Downloading the images was cancelled.');
    expect(Date.now() - started).toBeLessThan(2000);

    const { fetcher, calls } = countingFetcher();
    const already = new AbortController();
    already.abort();
    await expect(downloadImages([server.url('/photo.png')], { signal: already.signal, fetcher })).rejects.toThrow(/cancelled/);
    expect(calls).toEqual([]);
  });
});
