import { domainToUnicode } from 'node:url';
import { ApiError, type ErrorCode } from '../../../shared/api/errors';
import { MAX_CLIPPING_BYTES, formatBytes } from '../../../shared/domain/limits';

/**
 * Why a fetch failed, finer than the API's error codes, for callers that want to
 * branch (offer a retry, suggest the browser bridge…). The user reads the message.
 */
export type FetchFailure =
  | 'invalid_url'
  | 'unsafe_redirect'
  | 'dns'
  | 'refused'
  | 'unreachable'
  | 'connection'
  | 'timeout'
  | 'tls'
  | 'bad_reply'
  | 'http_not_found'
  | 'access_denied'
  | 'rate_limited'
  | 'http_error'
  | 'server_error'
  | 'too_many_redirects'
  | 'redirect_loop'
  | 'not_a_web_page'
  | 'too_large'
  | 'damaged'
  | 'empty'
  | 'cancelled';

/**
 * The API code each failure travels under. Network trouble has no code of its own
 * yet, so it goes out as `internal` with a user-readable message. 401/403 must not be
 * `forbidden`: the renderer reads that code as "the session token was refused".
 */
const CODES: Record<FetchFailure, ErrorCode> = {
  invalid_url: 'invalid_input',
  unsafe_redirect: 'invalid_input',
  dns: 'network',
  refused: 'network',
  unreachable: 'network',
  connection: 'network',
  timeout: 'network',
  tls: 'network',
  bad_reply: 'network',
  http_not_found: 'not_found',
  access_denied: 'network',
  rate_limited: 'network',
  http_error: 'network',
  server_error: 'network',
  too_many_redirects: 'network',
  redirect_loop: 'network',
  not_a_web_page: 'unsupported_file',
  too_large: 'too_large',
  damaged: 'encoding',
  empty: 'empty',
  cancelled: 'internal',
};

export class FetchError extends ApiError {
  readonly reason: FetchFailure;
  /** The HTTP status when the server answered with an error, else null. */
  readonly status: number | null;

  constructor(reason: FetchFailure, message: string, status: number | null = null) {
    super(CODES[reason], message);
    this.reason = reason;
    this.status = status;
  }
}

/** What was being fetched, as messages name it: "The page at …", "The image at …". */
export type FetchNoun = 'page' | 'image' | 'file';

function withArticle(noun: FetchNoun): string {
  return noun === 'image' ? 'an image' : `a ${noun}`;
}

/** A URL as shown in a message: no credentials or fragment, no control characters, not absurdly long. */
export function displayUrl(url: string | URL): string {
  let shown = String(url);
  try {
    const parsed = new URL(shown);
    parsed.username = '';
    parsed.password = '';
    parsed.hash = '';
    shown = parsed.href;
  } catch {
    // Shown as given.
  }
  shown = shown.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
  return shown.length > 120 ? `${shown.slice(0, 119)}…` : shown;
}

/** The host (and port, if any) as a person reads it: `news.example`, `한국.example`, `127.0.0.1:8080`. */
export function displayHost(url: URL): string {
  const unicode = url.hostname.startsWith('[') ? url.hostname : domainToUnicode(url.hostname) || url.hostname;
  return url.port ? `${unicode}:${url.port}` : unicode;
}

export function describeDuration(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

export function describeLimit(maxBytes: number = MAX_CLIPPING_BYTES): string {
  const megabytes = maxBytes / (1024 * 1024);
  return Number.isInteger(megabytes) ? `${megabytes} MB` : formatBytes(maxBytes);
}

// --- The catalogue -------------------------------------------------------------

export function invalidUrl(input: string): FetchError {
  return new FetchError('invalid_url', `“${displayUrl(input)}” is not a web address. Enter an address that starts with http:// or https://.`);
}

export function notWebScheme(input: string, protocol: string): FetchError {
  return new FetchError('invalid_url', `Dossier fetches only http:// and https:// addresses, not ${protocol} ones like “${displayUrl(input)}”.`);
}

export function unsafeRedirect(from: URL, target: string, noun: FetchNoun = 'page'): FetchError {
  let scheme = 'a non-web';
  try {
    scheme = `a ${new URL(target).protocol}`;
  } catch {
    scheme = 'an invalid';
  }
  return new FetchError(
    'unsafe_redirect',
    `The ${noun} at ${displayUrl(from)} redirected to ${scheme} address; Dossier follows redirects only to http:// and https:// addresses.`,
  );
}

export function redirectWithoutLocation(from: URL, status: number, noun: FetchNoun = 'page'): FetchError {
  return new FetchError('bad_reply', `The ${noun} at ${displayUrl(from)} redirected (HTTP ${status}) without saying where to.`);
}

export function tooManyRedirects(requested: URL, maxRedirects: number, noun: FetchNoun = 'page'): FetchError {
  return new FetchError(
    'too_many_redirects',
    `The ${noun} at ${displayUrl(requested)} redirected more than ${maxRedirects} times, so Dossier gave up.`,
  );
}

export function redirectLoop(requested: URL, noun: FetchNoun = 'page'): FetchError {
  return new FetchError(
    'redirect_loop',
    `The ${noun} at ${displayUrl(requested)} redirects in a loop and never arrives at ${withArticle(noun)}.`,
  );
}

export function timedOut(url: URL, ms: number, receivingBody: boolean, noun: FetchNoun = 'page'): FetchError {
  const host = displayHost(url);
  const what = receivingBody ? `did not finish sending the ${noun} within ${describeDuration(ms)}` : `did not answer within ${describeDuration(ms)}`;
  return new FetchError('timeout', `${host} ${what}. Try again later.`);
}

export function cancelled(url: URL): FetchError {
  return new FetchError('cancelled', `Fetching ${displayUrl(url)} was cancelled.`);
}

export function httpStatusError(url: URL, status: number, noun: FetchNoun = 'page'): FetchError {
  const shown = displayUrl(url);
  const host = displayHost(url);
  if (status === 404) return new FetchError('http_not_found', `The ${noun} at ${shown} was not found (HTTP 404).`, status);
  if (status === 410) return new FetchError('http_not_found', `The ${noun} at ${shown} no longer exists (HTTP 410).`, status);
  if (status === 401 || status === 403 || status === 407 || status === 451) {
    // The browser bridge can clip a page behind a login, not a single image.
    const advice =
      noun === 'page' ? ' If the page needs a subscription or a login, open it in your browser and clip it with the browser bridge.' : '';
    return new FetchError('access_denied', `${host} refused to hand over ${shown} (HTTP ${status}).${advice}`, status);
  }
  if (status === 429) {
    return new FetchError('rate_limited', `${host} is turning requests away for now (HTTP 429, too many requests). Try again later.`, status);
  }
  if (status >= 500) {
    return new FetchError('server_error', `${host} had a problem serving ${shown} (HTTP ${status}). Try again later.`, status);
  }
  return new FetchError('http_error', `${host} refused the request for ${shown} (HTTP ${status}).`, status);
}

export function notAWebPage(url: URL, kind: string): FetchError {
  return new FetchError('not_a_web_page', `${displayUrl(url)} is ${kind}, not a web page.`);
}

export function tooLarge(url: URL, maxBytes: number, knownLength: number | null, noun: FetchNoun = 'page'): FetchError {
  const size = knownLength === null ? `larger than ${describeLimit(maxBytes)}` : formatBytes(knownLength);
  const keeps = noun === 'page' ? 'clips pages' : `downloads ${noun}s`;
  return new FetchError('too_large', `The ${noun} at ${displayUrl(url)} is ${size}; Dossier ${keeps} up to ${describeLimit(maxBytes)}.`);
}

export function damaged(detail: 'truncated' | 'corrupt', noun: FetchNoun = 'page'): FetchError {
  const what = detail === 'truncated' ? 'truncated compressed data' : 'corrupt compressed data';
  return new FetchError('damaged', `The ${noun} arrived damaged (${what}). Try again.`);
}

export function unknownCompression(url: URL, encoding: string, noun: FetchNoun = 'page'): FetchError {
  const shown = encoding.replace(/[^\w.+-]/g, '').slice(0, 40) || 'unknown';
  return new FetchError('damaged', `The ${noun} at ${displayUrl(url)} is compressed in a way Dossier can't read (${shown}).`);
}

export function emptyPage(url: URL, noun: FetchNoun = 'page'): FetchError {
  const rest = noun === 'page' ? '; there is nothing to clip' : '';
  return new FetchError('empty', `The ${noun} at ${displayUrl(url)} is empty${rest}.`);
}

/** Connection cut before the whole body arrived. */
export function cutOff(url: URL, noun: FetchNoun = 'page'): FetchError {
  return new FetchError(
    'connection',
    `The connection to ${displayHost(url)} was cut off before the ${noun} finished arriving. Try again.`,
  );
}

const TLS_REASONS: Record<string, string> = {
  CERT_HAS_EXPIRED: 'its certificate has expired',
  CERT_NOT_YET_VALID: 'its certificate is not valid yet (is your computer’s clock right?)',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed and not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'its certificate is signed by an authority that is not trusted',
  UNABLE_TO_GET_ISSUER_CERT: 'its certificate is signed by an authority that is not trusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its certificate is signed by an authority that is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate could not be verified',
  CERT_REVOKED: 'its certificate has been revoked',
  CERT_SIGNATURE_FAILURE: 'its certificate is not valid',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate belongs to a different site',
  HOSTNAME_MISMATCH: 'its certificate belongs to a different site',
};

/**
 * A low-level error (a Node system error, a TLS or HTTP-parser failure) as a
 * message about `url`. Never includes a stack trace or raw error text.
 */
export function networkError(error: unknown, url: URL, receivingBody: boolean, noun: FetchNoun = 'page'): FetchError {
  const code = errorCode(error);
  const host = displayHost(url);
  switch (code) {
    case 'ENOTFOUND':
      return new FetchError('dns', `Could not reach ${host}: the address was not found.`);
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
      return new FetchError('dns', `Could not reach ${host}: its address could not be looked up. Check your internet connection.`);
    case 'ECONNREFUSED':
      return new FetchError('refused', `Could not reach ${host}: the connection was refused. The site may be down.`);
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
    case 'ENETDOWN':
    case 'EHOSTDOWN':
      return new FetchError('unreachable', `Could not reach ${host}: the network is unreachable. Check your internet connection.`);
    case 'ETIMEDOUT':
      return new FetchError('timeout', `Could not reach ${host}: the connection timed out. Try again later.`);
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ECONNABORTED':
    case 'ERR_STREAM_PREMATURE_CLOSE':
      return receivingBody
        ? cutOff(url, noun)
        : new FetchError('connection', `The connection to ${host} was cut off before it answered. Try again.`);
  }
  if (code && TLS_REASONS[code]) {
    return new FetchError('tls', `Could not connect securely to ${host}: ${TLS_REASONS[code]}.`);
  }
  if (code && (code === 'EPROTO' || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_') || /CERT/.test(code))) {
    return new FetchError('tls', `Could not connect securely to ${host}: the secure connection could not be set up.`);
  }
  if (code && code.startsWith('HPE_')) {
    return new FetchError('bad_reply', `${host} sent a reply Dossier could not understand.`);
  }
  if (receivingBody) return cutOff(url, noun);
  return new FetchError('connection', `Could not fetch ${displayUrl(url)}: the connection failed.`);
}

function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const cause = (error as { cause?: unknown }).cause;
  return cause && cause !== error ? errorCode(cause) : null;
}
