import { MAX_CLIPPING_BYTES } from '../../../shared/domain/limits';
import { sniffBinary } from '../capture/sniff-content';
import { charsetFromContentType, describeNonPageType } from './content-type';
import { emptyPage, notAWebPage } from './fetch-errors';
import { httpGet } from './http-get';
import { DEFAULT_MAX_REDIRECTS } from './redirect-policy';
import { parseRequestUrl } from './request-url';

export const DEFAULT_TIMEOUT_MS = 20_000;

export interface FetchOptions {
  /** For the whole fetch: every redirect, the headers and the body. Default 20 s. */
  timeoutMs?: number;
  /** Largest body accepted, after decompression. Default MAX_CLIPPING_BYTES (20 MB). */
  maxBytes?: number;
  /** Default 10. */
  maxRedirects?: number;
  /** Default `en-US,en;q=0.9`. */
  acceptLanguage?: string;
  /** Cancels the fetch (the result is a `cancelled` FetchError). */
  signal?: AbortSignal;
}

export interface FetchedPage {
  /** The address asked for, normalised (`new URL(…).href`). */
  requestedUrl: string;
  /** Where the page was found after redirects. */
  finalUrl: string;
  status: number;
  /** The media type the server sent, lower case without parameters (`text/html`), or null. */
  contentType: string | null;
  /** The server's charset as a TextDecoder encoding name (`euc-kr`), or null when missing or unknown. */
  charsetFromHeader: string | null;
  /** The body, decompressed. Decode with `decodeFetchedHtml(bytes, charsetFromHeader)`. */
  bytes: Uint8Array;
  /** Each address redirected to, in order (empty when there was no redirect). */
  redirects: string[];
  /** ISO 8601. */
  fetchedAt: string;
}

const ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/**
 * Fetches a web page over http or https the way a browser would ask for it:
 * redirects followed one checked hop at a time, compressed bodies unpacked with a
 * ceiling, one deadline for everything. Every failure is an ApiError (a FetchError)
 * with a message written for the user.
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const requested = parseRequestUrl(url, { bareHost: true });
  const got = await httpGet(requested, {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? MAX_CLIPPING_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    accept: ACCEPT,
    acceptLanguage: options.acceptLanguage,
    signal: options.signal,
    noun: 'page',
    checkType: (type, at) => {
      const kind = describeNonPageType(type);
      if (kind) throw notAWebPage(at, kind);
    },
  });
  const { body, final } = got;
  if (body.length === 0) throw emptyPage(final);
  const sniffed = sniffBinary(body);
  if (sniffed) throw notAWebPage(final, sniffed);
  return {
    requestedUrl: requested.href,
    finalUrl: final.href,
    status: got.status,
    contentType: got.type?.essence ?? null,
    charsetFromHeader: charsetFromContentType(got.type),
    bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
    redirects: got.redirects,
    fetchedAt: new Date().toISOString(),
  };
}
