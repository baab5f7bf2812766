import { readFileSync } from 'node:fs';
import type { Protocol } from 'electron';
import { SECURITY_HEADERS } from '../core/security/content-security-policy';
import { contentTypeFor, resolveStaticPath } from '../core/static/resolve-static-path';
import { parseMediaPath } from '../core/media/media-url';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * `app://dossier/…` serves the built renderer (dist/renderer). Standard + secure gives
 * it a real origin and a secure context; fetch is allowed for same-origin assets.
 * Not CORS-enabled (other origins cannot read it) and it does not bypass the CSP.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
  codeCache: true,
} as const;

/** Must run before the app's `ready` event. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** A stored image by SHA-256, or null; absent before the library is open. */
export type ReadMedia = (sha256: string) => { mediaType: string; bytes: Uint8Array } | null;

/** Answers one `app:` request from files under `root`, or a stored image at /media/<sha256>; never throws. */
export function serveAppRequest(request: Request, root: string, readMedia: ReadMedia = () => null): Response {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(400, 'Bad request.');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found.');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return plain(405, 'Method not allowed.', { Allow: 'GET, HEAD' });
  }
  const media = parseMediaPath(url.pathname);
  if (media) return serveMedia(request, readMedia(media));
  let file: string | null;
  try {
    // The raw path: URL has already collapsed literal "..", but "%2e%2e" and "..%2f"
    // arrive still encoded and are rejected by the guard after decoding.
    file = resolveStaticPath(root, url.pathname);
  } catch {
    file = null; // root missing (renderer not built)
  }
  if (!file) return plain(404, 'Not found.');
  let body: Buffer;
  try {
    body = readFileSync(file);
  } catch {
    return plain(404, 'Not found.');
  }
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeFor(file),
    'Content-Length': String(body.byteLength),
    'Cache-Control': 'no-cache',
  };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

/** Installs the handler; call once the app is ready. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string, readMedia?: ReadMedia): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, root, readMedia));
}

function serveMedia(request: Request, media: ReturnType<ReadMedia>): Response {
  if (!media) return plain(404, 'Not found.');
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': media.mediaType,
    'Content-Length': String(media.bytes.byteLength),
    // Content-addressed: the bytes behind a name never change.
    'Cache-Control': 'private, max-age=31536000, immutable',
  };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(media.bytes), { status: 200, headers });
}

function plain(status: number, message: string, extra: Record<string, string> = {}): Response {
  return new Response(message, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  });
}
