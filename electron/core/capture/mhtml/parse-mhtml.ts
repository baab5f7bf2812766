import { ApiError } from '../../../../shared/api/errors';
import { isWebUrl } from '../../../../shared/document/safe-url';
import { decodeFetchedHtml } from '../../fetch/decode-fetched';
import { fileSource, type CaptureSource } from '../capture-source';
import {
  contentId,
  decodeEncodedWords,
  looksLikeHeaders,
  parseHeaders,
  parseHeaderValue,
  splitHeaders,
  type Headers,
} from './mime-headers';
import { decodeTransfer } from './transfer-encoding';

export interface MhtmlResource {
  /** Where the page referred to it: its Content-Location, or `cid:<id>` when it has only a Content-ID. */
  url: string;
  /** Lower case, without parameters: `image/png`, `text/css`. */
  contentType: string;
  bytes: Uint8Array;
  /** The Content-ID without angle brackets, or null. */
  contentId: string | null;
}

export interface ParsedMhtml {
  /** The saved page, decoded to text. */
  html: string;
  /** The address the page was saved from (http/https only), or null. */
  url: string | null;
  /** The archive's Subject header (Chrome writes the page title there), or null. */
  title: string | null;
  /** The encoding the page was read in. */
  charset: string;
  /** Every other part: images, stylesheets, frames. */
  resources: MhtmlResource[];
}

interface Part {
  headers: Headers;
  body: string;
}

const MAX_NESTING = 4;

/**
 * A web page archive (MHTML, as Chrome's "Save as… Webpage, Single File" writes
 * it, or an older `.mht`): the root HTML page decoded by its transfer encoding and
 * charset, its address, and the other parts so their images can be stored locally.
 * A file that is not such an archive, or is damaged, is an ApiError.
 */
export function parseMhtml(bytes: Uint8Array, fileName?: string): ParsedMhtml {
  const source = mhtmlSource(fileName);
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (text.startsWith('\u00ef\u00bb\u00bf')) text = text.slice(3);
  text = text.replace(/^(\r?\n)+/, '');

  const split = splitHeaders(text);
  if (!split || split.headers === '' || !looksLikeHeaders(split.headers)) throw notMhtml(source);
  const top: Part = { headers: parseHeaders(split.headers), body: text.slice(split.bodyStart) };
  if (!top.headers.has('content-type')) throw notMhtml(source);

  const type = parseHeaderValue(top.headers.get('content-type'));
  let parts: Part[];
  if (type.value.startsWith('multipart/')) {
    parts = flatten(top, source, 0);
  } else if (type.value === 'text/html' || type.value === 'application/xhtml+xml') {
    parts = [top];
  } else {
    throw noPage(source);
  }

  const snapshotLocation = top.headers.get('snapshot-content-location')?.trim() || null;
  const root = findRoot(parts, type.params.get('start') ?? null, snapshotLocation);
  if (!root) throw noPage(source);

  const decoded = decodeTransfer(root.body, root.headers.get('content-transfer-encoding'));
  if (!decoded.ok) {
    throw decoded.problem === 'invalid_base64'
      ? new ApiError('unsupported_file', `${source.subject} is damaged: the page inside it is not valid base64.`)
      : new ApiError('unsupported_file', `${source.subject} stores its page in an encoding Dossier can't read (${shortName(decoded.encoding)}).`);
  }
  const charset = parseHeaderValue(root.headers.get('content-type')).params.get('charset') ?? null;
  const html = decodeFetchedHtml(decoded.bytes, charset, source);
  if (html.text.trim() === '') throw new ApiError('empty', `The page inside ${source.object} is empty; there is nothing to clip.`);

  const rootLocation = root.headers.get('content-location')?.trim() || null;
  const url = [snapshotLocation, rootLocation].find((candidate) => isWebUrl(candidate)) ?? null;
  const subject = top.headers.get('subject');
  const title = subject ? decodeEncodedWords(subject).trim() || null : null;

  return { html: html.text, url, title, charset: html.charset, resources: resourcesOf(parts, root) };
}

/** Messages name the file when its name is known. */
function mhtmlSource(fileName: string | undefined): CaptureSource {
  if (fileName) return fileSource(fileName);
  return { subject: 'This file', object: 'this file', fileStem: null };
}

function notMhtml(source: CaptureSource): ApiError {
  return new ApiError(
    'unsupported_file',
    `${source.subject} is not a web page archive (MHTML) Dossier can read: it does not start with MIME headers.`,
  );
}

function noPage(source: CaptureSource): ApiError {
  return new ApiError('unsupported_file', `${source.subject} contains no web page (it has no HTML part).`);
}

function shortName(value: string): string {
  return value.replace(/[^\w.+-]/g, '').slice(0, 40) || 'unknown';
}

/** The leaf parts of a multipart body, nested multiparts opened up. */
function flatten(part: Part, source: CaptureSource, depth: number): Part[] {
  const type = parseHeaderValue(part.headers.get('content-type'));
  if (!type.value.startsWith('multipart/')) return [part];
  if (depth >= MAX_NESTING) return [];
  const boundary = type.params.get('boundary');
  if (!boundary) throw new ApiError('unsupported_file', `${source.subject} is damaged: its parts have no boundary marker.`);
  const children = splitMultipart(part.body, boundary);
  if (children.length === 0) {
    if (depth === 0) throw new ApiError('unsupported_file', `${source.subject} is damaged: none of its parts could be found.`);
    return [];
  }
  return children.flatMap((child) => flatten(child, source, depth + 1));
}

/**
 * The parts between `--boundary` lines. A delimiter counts only at the start of a
 * line; the line break before it belongs to it. A file cut short (no closing
 * `--boundary--`) keeps the parts it has.
 */
function splitMultipart(body: string, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  const parts: Part[] = [];
  let contentStart = -1;
  let from = 0;
  for (;;) {
    const at = body.indexOf(delimiter, from);
    if (at < 0) break;
    from = at + delimiter.length;
    if (at > 0 && body[at - 1] !== '\n') continue;
    const after = body.slice(from, from + 2);
    const closing = after === '--';
    const lineEnd = /^[ \t]*(\r?\n|$)/.exec(body.slice(closing ? from + 2 : from, (closing ? from + 2 : from) + 200));
    if (!lineEnd) continue; // The boundary text inside a longer line.
    if (contentStart >= 0) parts.push(toPart(body.slice(contentStart, lineBreakBefore(body, at))));
    if (closing) return parts;
    contentStart = from + lineEnd[0].length;
  }
  if (contentStart >= 0 && contentStart < body.length) parts.push(toPart(body.slice(contentStart).replace(/(\r?\n)+$/, '')));
  return parts;
}

function lineBreakBefore(body: string, at: number): number {
  if (at >= 2 && body[at - 2] === '\r' && body[at - 1] === '\n') return at - 2;
  if (at >= 1 && body[at - 1] === '\n') return at - 1;
  return at;
}

function toPart(raw: string): Part {
  const split = splitHeaders(raw);
  if (!split) return { headers: parseHeaders(raw), body: '' };
  return { headers: parseHeaders(split.headers), body: raw.slice(split.bodyStart) };
}

function isHtml(part: Part): boolean {
  const type = parseHeaderValue(part.headers.get('content-type')).value;
  return type === 'text/html' || type === 'application/xhtml+xml' || (type === '' && /<html[\s>]/i.test(part.body.slice(0, 1024)));
}

/** The `start` part, else the HTML part saved from the snapshot's address, else the first HTML part. */
function findRoot(parts: Part[], start: string | null, snapshotLocation: string | null): Part | null {
  const startId = contentId(start ?? undefined);
  if (startId) {
    const byStart = parts.find((part) => contentId(part.headers.get('content-id')) === startId);
    if (byStart) return byStart;
  }
  if (snapshotLocation) {
    const bySnapshot = parts.find((part) => isHtml(part) && part.headers.get('content-location')?.trim() === snapshotLocation);
    if (bySnapshot) return bySnapshot;
  }
  return parts.find(isHtml) ?? null;
}

/** Every other part that can be referred to; parts that don't decode are left out. */
function resourcesOf(parts: Part[], root: Part): MhtmlResource[] {
  const resources: MhtmlResource[] = [];
  for (const part of parts) {
    if (part === root) continue;
    const id = contentId(part.headers.get('content-id'));
    const location = part.headers.get('content-location')?.trim() || null;
    const url = location ?? (id ? `cid:${id}` : null);
    if (!url) continue;
    const decoded = decodeTransfer(part.body, part.headers.get('content-transfer-encoding'));
    if (!decoded.ok) continue;
    const contentType = parseHeaderValue(part.headers.get('content-type')).value || 'application/octet-stream';
    resources.push({ url, contentType, bytes: decoded.bytes, contentId: id });
  }
  return resources;
}
