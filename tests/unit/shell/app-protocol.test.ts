import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  handleAppProtocol,
  registerAppScheme,
  serveAppRequest,
} from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/security/content-security-policy';
import { makeTempDir } from '../../helpers/temp-dir';

const SECRET = 'TOP-SECRET-OUTSIDE-ROOT';
let temp: ReturnType<typeof makeTempDir>;
let root: string;

beforeAll(() => {
  temp = makeTempDir('dossier-app-protocol-');
  root = join(temp.dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(temp.dir, 'secret.txt'), SECRET);
  symlinkSync(join(temp.dir, 'secret.txt'), join(root, 'assets', 'link.txt'));
});
afterAll(() => temp.cleanup());

const get = (url: string, method = 'GET') => serveAppRequest(new Request(url, { method }), root);

describe('serveAppRequest', () => {
  it('serves index.html with the CSP and security headers', async () => {
    const response = get('app://dossier/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Dossier</title>');
  });

  it('serves index.html for the bare origin and assets with their type', async () => {
    expect(await get('app://dossier/').text()).toContain('<title>Dossier</title>');
    expect(await get('app://dossier').text()).toContain('<title>Dossier</title>');
    const script = get('app://dossier/assets/app.js?v=1');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("app")');
  });

  it('answers HEAD without a body', async () => {
    const response = get('app://dossier/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://dossier/..%2fsecret.txt',
    'app://dossier/%2e%2e%2fsecret.txt',
    'app://dossier/%2e%2e/secret.txt',
    'app://dossier/assets/..%2f..%2fsecret.txt',
    'app://dossier/..%5csecret.txt',
    'app://dossier/%2e%2e%5csecret.txt',
    'app://dossier/assets/link.txt',
    'app://dossier/index.html%00.js',
    'app://dossier/%E0%A4%A',
  ])('refuses %s (404, nothing from outside root)', async (url) => {
    const response = get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each(['app://evil/index.html', 'app://dossier.evil.example/index.html', 'app://dossier:8080/index.html', 'https://dossier/index.html'])(
    'refuses another host or scheme: %s',
    (url) => {
      expect(get(url).status).toBe(404);
    },
  );

  it('answers 404 for a missing file and for a renderer that was never built', () => {
    expect(get('app://dossier/nope.js').status).toBe(404);
    expect(serveAppRequest(new Request('app://dossier/index.html'), join(temp.dir, 'not-built')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', () => {
    const response = get('app://dossier/index.html', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('app://dossier/media/<sha256>', () => {
  const sha = 'c'.repeat(64);
  const readMedia = (wanted: string) => (wanted === sha ? { mediaType: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff]) } : null);

  it('serves a stored image with its type and the security headers', async () => {
    const reply = serveAppRequest(new Request(`app://dossier/media/${sha}`), root, readMedia);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('image/jpeg');
    expect(reply.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(new Uint8Array(await reply.arrayBuffer())).toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
  });

  it('answers 404 for an unknown image or a name that is not a strict SHA-256', () => {
    expect(serveAppRequest(new Request(`app://dossier/media/${'d'.repeat(64)}`), root, readMedia).status).toBe(404);
    expect(serveAppRequest(new Request(`app://dossier/media/${sha.toUpperCase()}`), root, readMedia).status).toBe(404);
    expect(serveAppRequest(new Request(`app://dossier/media/${sha}`), root).status).toBe(404);
  });
});

describe('app scheme registration', () => {
  it('registers app: as standard and secure, without bypassing CSP or enabling CORS', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    const [[schemes]] = protocol.registerSchemesAsPrivileged.mock.calls as [[Array<{ scheme: string; privileges: Record<string, boolean> }>]];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]?.scheme).toBe('app');
    expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true, bypassCSP: false, corsEnabled: false, allowServiceWorkers: false });
    expect(APP_SCHEME_PRIVILEGES.bypassCSP).toBe(false);
  });

  it('handles app: with the pure request handler over the given root', async () => {
    const protocol = { handle: vi.fn() };
    handleAppProtocol(protocol, root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocol.handle.mock.calls[0]![1] as (request: Request) => Response;
    expect(await handler(new Request('app://dossier/index.html')).text()).toContain('<title>Dossier</title>');
    expect(handler(new Request('app://dossier/..%2fsecret.txt')).status).toBe(404);
  });
});
