import type { IncomingMessage } from 'node:http';
import { PAIRING_KEY_HEADER } from './bridge-defaults';

/**
 * CORS for the bookmarklet, which runs on whatever site the user is reading. The origin
 * is reflected rather than `*` so nothing is cached for all sites, and credentials are
 * never allowed: the pairing key, not the origin, is what admits a request.
 */
const ALLOWED_REQUEST_HEADERS = new Set(['content-type', PAIRING_KEY_HEADER]);
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/** Visible ASCII only, so a strange Origin can never break the reply's headers. */
function originOf(request: IncomingMessage): string | null {
  const origin = request.headers.origin;
  return typeof origin === 'string' && /^[\x21-\x7e]{1,2048}$/.test(origin) ? origin : null;
}

/** Headers for a reply to `POST /clip`, so the bookmarklet can read it. */
export function corsReplyHeaders(request: IncomingMessage): Record<string, string> {
  const origin = originOf(request);
  return origin ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : { Vary: 'Origin' };
}

/** Headers that allow the preflight of a clip, or null when it asks for anything else. */
export function preflightHeaders(request: IncomingMessage): Record<string, string> | null {
  const origin = originOf(request);
  if (!origin || request.headers['access-control-request-method'] !== 'POST') return null;
  const asked = String(request.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  if (!asked.every((name) => ALLOWED_REQUEST_HEADERS.has(name))) return null;
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'POST',
    'Access-Control-Allow-Headers': [...ALLOWED_REQUEST_HEADERS].join(', '),
    'Access-Control-Max-Age': PREFLIGHT_MAX_AGE_SECONDS,
    Vary: 'Origin',
  };
  // Chrome's Private Network Access: a public page reaching 127.0.0.1 asks for this.
  if (request.headers['access-control-request-private-network'] === 'true') {
    headers['Access-Control-Allow-Private-Network'] = 'true';
  }
  return headers;
}
