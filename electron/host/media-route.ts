import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../core/security/content-security-policy';

export type ReadMedia = (sha256: string) => { mediaType: string; bytes: Uint8Array } | null;

/**
 * Serves a stored image at `/media/<sha256>` to the renderer's <img> elements, which
 * cannot send the session token. The SHA-256 names content, not a clipping, and
 * only the app's own pages may load it: a request from another site or another
 * port (`same-site` for 127.0.0.1) is refused, and Cross-Origin-Resource-Policy
 * stops other origins embedding it — so no page can probe what the library holds.
 */
export function handleMediaRequest(request: IncomingMessage, response: ServerResponse, sha256: string, readMedia: ReadMedia): void {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') {
    response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const media = readMedia(sha256);
  if (!media) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Not found');
    return;
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': media.mediaType,
    'Content-Length': media.bytes.byteLength,
    // Content-addressed: the bytes behind a name never change.
    'Cache-Control': 'private, max-age=31536000, immutable',
  });
  response.end(request.method === 'HEAD' ? undefined : Buffer.from(media.bytes.buffer, media.bytes.byteOffset, media.bytes.byteLength));
}
