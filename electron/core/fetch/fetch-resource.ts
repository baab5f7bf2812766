import { emptyPage, type FetchNoun } from './fetch-errors';
import { httpGet } from './http-get';
import { DEFAULT_MAX_REDIRECTS } from './redirect-policy';
import { parseRequestUrl } from './request-url';

export interface ResourceOptions {
  /** Largest body accepted, after decompression; refused while it streams. */
  maxBytes: number;
  /** For the whole fetch: every redirect, the headers and the body. */
  timeoutMs: number;
  /** The Accept header, e.g. `image/avif,image/webp,image/*;q=0.8`. */
  accept: string;
  signal?: AbortSignal;
  /** The page that refers to the resource; sent as a browser would (see refererFor). */
  referer?: string;
  /** Default 10. */
  maxRedirects?: number;
  /** How messages name it. Default `file`. */
  noun?: Exclude<FetchNoun, 'page'>;
}

export interface FetchedResource {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  /** The media type the server declared, lower case without parameters, or null. Only a claim: check the bytes. */
  contentType: string | null;
  /** The body, decompressed; never empty. */
  bytes: Uint8Array;
  redirects: string[];
}

/**
 * Fetches a binary resource (an image) from an absolute http(s) address, with
 * fetchPage's redirect policy, decompression, limits and error messages. What the
 * bytes are is for the caller to decide.
 */
export async function fetchResource(url: string, options: ResourceOptions): Promise<FetchedResource> {
  const noun = options.noun ?? 'file';
  const requested = parseRequestUrl(url);
  const got = await httpGet(requested, {
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    accept: options.accept,
    referer: options.referer,
    signal: options.signal,
    noun,
  });
  if (got.body.length === 0) throw emptyPage(got.final, noun);
  return {
    requestedUrl: requested.href,
    finalUrl: got.final.href,
    status: got.status,
    contentType: got.type?.essence ?? null,
    bytes: new Uint8Array(got.body.buffer, got.body.byteOffset, got.body.byteLength),
    redirects: got.redirects,
  };
}
