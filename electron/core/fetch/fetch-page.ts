import http from 'node:http';
import https from 'node:https';
import { ApiError } from '../../../shared/api/errors';
import { MAX_CLIPPING_BYTES } from '../../../shared/domain/limits';
import { sniffBinary } from '../capture/sniff-content';
import { charsetFromContentType, describeNonPageType, parseContentType } from './content-type';
import { CookieJar } from './cookie-jar';
import { ACCEPT_ENCODING, DecompressError, decompress, parseContentEncoding, type Coding } from './decompress';
import {
  cancelled,
  cutOff,
  damaged,
  emptyPage,
  httpStatusError,
  invalidUrl,
  networkError,
  notAWebPage,
  notWebScheme,
  timedOut as timeoutError,
  tooLarge,
  unknownCompression,
} from './fetch-errors';
import { DEFAULT_MAX_REDIRECTS, RedirectPolicy, isRedirect } from './redirect-policy';

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

const USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const MAX_HEADER_BYTES = 64 * 1024;

/**
 * Fetches a web page over http or https the way a browser would ask for it:
 * redirects followed one checked hop at a time, compressed bodies unpacked with a
 * ceiling, one deadline for everything. Every failure is an ApiError (a FetchError)
 * with a message written for the user.
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const requested = parseRequestUrl(url);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_CLIPPING_BYTES;
  const policy = new RedirectPolicy(requested, options.maxRedirects ?? DEFAULT_MAX_REDIRECTS);
  const jar = new CookieJar();

  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });
  if (options.signal?.aborted) controller.abort();

  let current = requested;
  let receivingBody = false;
  try {
    for (;;) {
      const cookie = jar.headerFor(current);
      policy.visit(current, cookie);
      receivingBody = false;
      const response = await send(current, requestHeaders(cookie, options.acceptLanguage), controller.signal);
      const status = response.statusCode ?? 0;
      jar.store(current, response.headers['set-cookie']);
      const location = response.headers.location;
      if (isRedirect(status, location)) {
        response.destroy();
        current = policy.next(current, status, location);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw httpStatusError(current, status);
      }
      const type = parseContentType(response.headers['content-type']);
      const kind = describeNonPageType(type);
      if (kind) {
        response.destroy();
        throw notAWebPage(current, kind);
      }
      const codings = codingsOf(response, current);
      const length = contentLength(response.headers['content-length']);
      if (length !== null && length > maxBytes) {
        response.destroy();
        throw tooLarge(current, maxBytes, codings.length === 0 ? length : null);
      }

      receivingBody = true;
      const raw = await readBody(response, maxBytes, current);
      const body = await unpack(raw, codings, maxBytes, current);
      if (controller.signal.aborted) throw new Error('aborted');
      if (body.length === 0) throw emptyPage(current);
      const sniffed = sniffBinary(body);
      if (sniffed) throw notAWebPage(current, sniffed);
      return {
        requestedUrl: requested.href,
        finalUrl: current.href,
        status,
        contentType: type?.essence ?? null,
        charsetFromHeader: charsetFromContentType(type),
        bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
        redirects: [...policy.redirects],
        fetchedAt: new Date().toISOString(),
      };
    }
  } catch (error) {
    if (expired) throw timeoutError(current, timeoutMs, receivingBody);
    if (options.signal?.aborted) throw cancelled(current);
    if (error instanceof ApiError) throw error;
    throw networkError(error, current, receivingBody);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

/** An http(s) URL; a bare `news.example/path` is taken as https. */
function parseRequestUrl(input: string): URL {
  const trimmed = input.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    if (!/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#]|$)/u.test(trimmed)) throw invalidUrl(input);
    try {
      url = new URL(`https://${trimmed}`);
    } catch {
      throw invalidUrl(input);
    }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw notWebScheme(input, url.protocol);
  if (url.href.length > 4096) throw invalidUrl(input);
  return url;
}

function requestHeaders(cookie: string, acceptLanguage = 'en-US,en;q=0.9'): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {
    'User-Agent': USER_AGENT,
    Accept: ACCEPT,
    'Accept-Language': acceptLanguage,
    'Accept-Encoding': ACCEPT_ENCODING,
  };
  if (cookie) headers.Cookie = cookie;
  return headers;
}

function send(url: URL, headers: http.OutgoingHttpHeaders, signal: AbortSignal): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    // No keep-alive agent: each hop gets its own connection, closed when done.
    const request = client.request(url, { method: 'GET', headers, signal, agent: false, maxHeaderSize: MAX_HEADER_BYTES }, resolve);
    request.on('error', reject);
    request.end();
  });
}

function codingsOf(response: http.IncomingMessage, url: URL): Coding[] {
  try {
    return parseContentEncoding(response.headers['content-encoding']);
  } catch (error) {
    response.destroy();
    if (error instanceof DecompressError && error.problem.kind === 'unknown_coding') throw unknownCompression(url, error.problem.coding);
    throw error;
  }
}

function contentLength(header: string | undefined): number | null {
  if (header === undefined || !/^\s*\d+\s*$/.test(header)) return null;
  return Number(header);
}

/** The raw body, refusing it as soon as it passes `maxBytes`. */
async function readBody(response: http.IncomingMessage, maxBytes: number, url: URL): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      response.destroy();
      throw tooLarge(url, maxBytes, null);
    }
    chunks.push(chunk);
  }
  if (!response.complete) throw cutOff(url);
  return Buffer.concat(chunks, total);
}

async function unpack(raw: Buffer, codings: Coding[], maxBytes: number, url: URL): Promise<Buffer> {
  try {
    return await decompress(raw, codings, maxBytes);
  } catch (error) {
    if (!(error instanceof DecompressError)) throw error;
    if (error.problem.kind === 'too_large') throw tooLarge(url, maxBytes, null);
    if (error.problem.kind === 'truncated') throw damaged('truncated');
    if (error.problem.kind === 'unknown_coding') throw unknownCompression(url, error.problem.coding);
    throw damaged('corrupt');
  }
}
