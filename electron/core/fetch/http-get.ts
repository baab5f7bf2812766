import http from 'node:http';
import https from 'node:https';
import { ApiError } from '../../../shared/api/errors';
import { parseContentType, type ParsedContentType } from './content-type';
import { CookieJar } from './cookie-jar';
import { DecompressError, decompress, parseContentEncoding, type Coding } from './decompress';
import {
  cancelled,
  cutOff,
  damaged,
  httpStatusError,
  networkError,
  timedOut,
  tooLarge,
  unknownCompression,
  type FetchNoun,
} from './fetch-errors';
import { RedirectPolicy, isRedirect } from './redirect-policy';
import { requestHeaders } from './request-headers';

export interface GetOptions {
  /** For the whole fetch: every redirect, the headers and the body. */
  timeoutMs: number;
  /** Largest body accepted, after decompression. */
  maxBytes: number;
  maxRedirects: number;
  accept: string;
  acceptLanguage?: string;
  referer?: string;
  signal?: AbortSignal;
  /** How messages name what is fetched. */
  noun: FetchNoun;
  /** Refuses a response by its declared type, before its body is read, by throwing. */
  checkType?: (type: ParsedContentType | null, url: URL) => void;
}

export interface GetResult {
  final: URL;
  status: number;
  type: ParsedContentType | null;
  /** Decompressed; may be empty. */
  body: Buffer;
  redirects: string[];
}

const MAX_HEADER_BYTES = 64 * 1024;

/**
 * One GET the way a browser makes it: redirects followed one checked hop at a time
 * with the cookies set on the way, compressed bodies unpacked with a ceiling, the
 * size checked while the body streams, one deadline for everything. Every failure
 * is a FetchError with a message written for the user.
 */
export async function httpGet(requested: URL, options: GetOptions): Promise<GetResult> {
  const { maxBytes, noun } = options;
  const policy = new RedirectPolicy(requested, options.maxRedirects, noun);
  const jar = new CookieJar();

  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, options.timeoutMs);
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
      const headers = requestHeaders(current, { accept: options.accept, acceptLanguage: options.acceptLanguage, cookie, referer: options.referer });
      const response = await send(current, headers, controller.signal);
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
        throw httpStatusError(current, status, noun);
      }
      const type = parseContentType(response.headers['content-type']);
      if (options.checkType) {
        try {
          options.checkType(type, current);
        } catch (error) {
          response.destroy();
          throw error;
        }
      }
      const codings = codingsOf(response, current, noun);
      const length = contentLength(response.headers['content-length']);
      if (length !== null && length > maxBytes) {
        response.destroy();
        throw tooLarge(current, maxBytes, codings.length === 0 ? length : null, noun);
      }

      receivingBody = true;
      const raw = await readBody(response, maxBytes, current, noun);
      const body = await unpack(raw, codings, maxBytes, current, noun);
      if (controller.signal.aborted) throw new Error('aborted');
      return { final: current, status, type, body, redirects: [...policy.redirects] };
    }
  } catch (error) {
    if (expired) throw timedOut(current, options.timeoutMs, receivingBody, noun);
    if (options.signal?.aborted) throw cancelled(current);
    if (error instanceof ApiError) throw error;
    throw networkError(error, current, receivingBody, noun);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
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

function codingsOf(response: http.IncomingMessage, url: URL, noun: FetchNoun): Coding[] {
  try {
    return parseContentEncoding(response.headers['content-encoding']);
  } catch (error) {
    response.destroy();
    if (error instanceof DecompressError && error.problem.kind === 'unknown_coding') throw unknownCompression(url, error.problem.coding, noun);
    throw error;
  }
}

function contentLength(header: string | undefined): number | null {
  if (header === undefined || !/^\s*\d+\s*$/.test(header)) return null;
  return Number(header);
}

/** The raw body, refusing it as soon as it passes `maxBytes`. */
async function readBody(response: http.IncomingMessage, maxBytes: number, url: URL, noun: FetchNoun): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      response.destroy();
      throw tooLarge(url, maxBytes, null, noun);
    }
    chunks.push(chunk);
  }
  if (!response.complete) throw cutOff(url, noun);
  return Buffer.concat(chunks, total);
}

async function unpack(raw: Buffer, codings: Coding[], maxBytes: number, url: URL, noun: FetchNoun): Promise<Buffer> {
  try {
    return await decompress(raw, codings, maxBytes);
  } catch (error) {
    if (!(error instanceof DecompressError)) throw error;
    if (error.problem.kind === 'too_large') throw tooLarge(url, maxBytes, null, noun);
    if (error.problem.kind === 'truncated') throw damaged('truncated', noun);
    if (error.problem.kind === 'unknown_coding') throw unknownCompression(url, error.problem.coding, noun);
    throw damaged('corrupt', noun);
  }
}
