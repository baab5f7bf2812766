import type http from 'node:http';
import { ACCEPT_ENCODING } from './decompress';

const USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const DEFAULT_ACCEPT_LANGUAGE = 'en-US,en;q=0.9';

export interface HeaderOptions {
  accept: string;
  acceptLanguage?: string;
  /** The Cookie header for this hop, or ''. */
  cookie: string;
  /** The page that refers to the resource (for images: the article). */
  referer?: string;
}

/** The headers a browser would send for `target`. */
export function requestHeaders(target: URL, options: HeaderOptions): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {
    'User-Agent': USER_AGENT,
    Accept: options.accept,
    'Accept-Language': options.acceptLanguage ?? DEFAULT_ACCEPT_LANGUAGE,
    'Accept-Encoding': ACCEPT_ENCODING,
  };
  if (options.cookie) headers.Cookie = options.cookie;
  const referer = refererFor(target, options.referer);
  if (referer) headers.Referer = referer;
  return headers;
}

/**
 * The Referer as browsers send it by default (strict-origin-when-cross-origin): the
 * full address to the same origin, only the origin to another site, nothing from
 * https to plain http — some image hosts refuse requests without one, and no more
 * than a browser would reveal is sent.
 */
export function refererFor(target: URL, referer: string | undefined): string | null {
  if (!referer) return null;
  let from: URL;
  try {
    from = new URL(referer);
  } catch {
    return null;
  }
  if (from.protocol !== 'http:' && from.protocol !== 'https:') return null;
  if (from.protocol === 'https:' && target.protocol === 'http:') return null;
  if (from.origin !== target.origin) return `${from.origin}/`;
  from.username = '';
  from.password = '';
  from.hash = '';
  return from.href;
}
