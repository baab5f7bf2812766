import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const SITE = resolve(import.meta.dirname, '../../fixtures/e2e/site');

export const ARTICLE_PATH = '/news/2025-03-31/national/northKorea/red-necktie';

export interface FixtureSite {
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A news site on 127.0.0.1 for the capture tests: an article page with a photo and
 * a tracking pixel, a home page with no article, and a missing page.
 */
export async function startFixtureSite(): Promise<FixtureSite> {
  const photo = solidPng(400, 240, [40, 90, 160]);
  const routes: Record<string, { type: string; body: Buffer | string }> = {
    [ARTICLE_PATH]: { type: 'text/html; charset=utf-8', body: readFileSync(`${SITE}/red-necktie.html`) },
    '/': { type: 'text/html; charset=utf-8', body: readFileSync(`${SITE}/home.html`) },
    '/images/instructors.png': { type: 'image/png', body: photo },
    '/pixel.gif': { type: 'image/gif', body: Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64') },
  };
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://site').pathname;
    requests.push(path);
    const route = routes[path];
    if (!route) {
      response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    }
    response.writeHead(200, { 'Content-Type': route.type }).end(route.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A valid PNG of one colour, so image capture has real bytes with real dimensions. */
export function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}
