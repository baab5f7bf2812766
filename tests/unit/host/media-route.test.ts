import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type RunningHost } from '../../../electron/host/browser-host';
import { makeTempDir } from '../../helpers/temp-dir';
import { rawRequest } from '../../helpers/raw-request';

const SHA = 'a'.repeat(64);
const PNG = Buffer.from('89504e470d0a1a0a', 'hex');

let temp: ReturnType<typeof makeTempDir>;
let host: RunningHost;

beforeAll(async () => {
  temp = makeTempDir();
  const renderer = join(temp.dir, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Dossier</title>');
  host = await startBrowserHost({
    dispatch: async () => ({ ok: true, result: null }),
    rendererDir: renderer,
    token: 't',
    readMedia: (sha) => (sha === SHA ? { mediaType: 'image/png', bytes: PNG } : null),
  });
});
afterAll(async () => {
  await host.close();
  temp.cleanup();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  rawRequest(host.port, path, { headers: { Host: `127.0.0.1:${host.port}`, ...headers } });

describe('/media/<sha256>', () => {
  it('serves a stored image to the app itself, with its type and a same-origin resource policy', async () => {
    const reply = await get(`/media/${SHA}`, { 'Sec-Fetch-Site': 'same-origin' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('image/png');
    expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['content-length']).toBe(String(PNG.length));
    expect(reply.body).toContain('PNG');
  });

  it('refuses other sites and other local ports, so no page can probe what the library holds', async () => {
    for (const site of ['cross-site', 'same-site']) {
      expect((await get(`/media/${SHA}`, { 'Sec-Fetch-Site': site })).status).toBe(403);
    }
  });

  it('answers 404 for an unknown image, and never resolves anything but a strict SHA-256 name', async () => {
    expect((await get(`/media/${'b'.repeat(64)}`)).status).toBe(404);
    expect((await get(`/media/${SHA.toUpperCase()}`)).status).toBe(404);
    expect((await get('/media/../index.html')).body).not.toContain('PNG');
  });
});
