import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../electron/core/api/dispatch';
import { startBrowserHost, type RunningHost } from '../../../electron/host/browser-host';
import { makeTempDir } from '../../helpers/temp-dir';
import { rawRequest } from '../../helpers/raw-request';

let temp: ReturnType<typeof makeTempDir>;
let host: RunningHost;
const dispatch = vi.fn<Dispatch>(async (method, input) => ({ ok: true, result: { method, input } }));

beforeAll(async () => {
  temp = makeTempDir();
  const renderer = join(temp.dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(temp.dir, 'secret.txt'), 'outside the renderer');
  symlinkSync(join(temp.dir, 'secret.txt'), join(renderer, 'link.txt'));
  host = await startBrowserHost({ dispatch, rendererDir: renderer, token: 'test-token' });
});
afterAll(async () => {
  await host.close();
  temp.cleanup();
});

const own = () => ({ Host: `127.0.0.1:${host.port}` });
const api = (method: string, headers: Record<string, string>, body = '{}') =>
  rawRequest(host.port, `/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 and prints the token in the fragment', () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=test-token`);
  });

  it('answers an API call that carries the token with the dispatch envelope', async () => {
    const reply = await api('clippings.list', { ...own(), 'X-Dossier-Token': 'test-token' }, '{"limit":5}');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, result: { method: 'clippings.list', input: { limit: 5 } } });
  });

  it('refuses an API call without the token, or with a wrong one', async () => {
    dispatch.mockClear();
    for (const headers of [own(), { ...own(), 'X-Dossier-Token': 'guess' }]) {
      const reply = await api('clippings.list', headers);
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    dispatch.mockClear();
    const reply = await api('clippings.list', { Host: `evil.example:${host.port}`, 'X-Dossier-Token': 'test-token' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error.message).toMatch(/127\.0\.0\.1/);
    expect((await rawRequest(host.port, '/', { headers: { Host: 'evil.example' } })).status).toBe(403);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a foreign Origin (CSRF), even with the token', async () => {
    dispatch.mockClear();
    const reply = await api('clippings.create', { ...own(), Origin: 'https://evil.example', 'X-Dossier-Token': 'test-token' });
    expect(reply.status).toBe(403);
    const sameOrigin = await api('clippings.list', { ...own(), Origin: `http://127.0.0.1:${host.port}`, 'X-Dossier-Token': 'test-token' });
    expect(sameOrigin.status).toBe(200);
    expect(dispatch).toHaveBeenCalledTimes(1);
  });

  it('refuses non-JSON bodies and malformed JSON', async () => {
    const form = await rawRequest(host.port, '/api/clippings.list', {
      method: 'POST',
      headers: { ...own(), 'X-Dossier-Token': 'test-token', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    expect((await api('clippings.list', { ...own(), 'X-Dossier-Token': 'test-token' }, '{oops')).status).toBe(400);
  });

  it('serves the renderer with the security headers', async () => {
    const reply = await rawRequest(host.port, '/', { headers: own() });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Dossier</title>');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect((await rawRequest(host.port, '/assets/app.js', { headers: own() })).headers['content-type']).toMatch(/javascript/);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/link.txt', '/%00index.html']) {
      const reply = await rawRequest(host.port, path, { headers: own() });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });
});
