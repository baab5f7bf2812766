import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Browser-mode request policy. The host listens on 127.0.0.1 only, and:
 * - every request must name this host and port in `Host` (defeats DNS rebinding);
 * - a request carrying `Origin` must come from this same origin (defeats CSRF from
 *   any other page the user has open);
 * - every API call must carry the per-run token in `X-Dossier-Token`.
 */
export const TOKEN_HEADER = 'x-dossier-token';

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).has(host.toLowerCase());
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function tokenMatches(presented: string | string[] | undefined, token: string): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Why a request is refused before it reaches any route, or null when it may proceed. */
export function refusalFor(request: IncomingMessage, port: number): string | null {
  if (!isAllowedHost(request.headers.host, port)) return 'Requests must be addressed to 127.0.0.1.';
  const origin = request.headers.origin;
  if (!isAllowedOrigin(typeof origin === 'string' ? origin : undefined, port)) return 'Requests from other sites are refused.';
  if (request.headers['sec-fetch-site'] === 'cross-site') return 'Requests from other sites are refused.';
  return null;
}
