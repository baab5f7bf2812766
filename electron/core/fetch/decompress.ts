import { promisify } from 'node:util';
import zlib from 'node:zlib';

/**
 * Undoing Content-Encoding with a ceiling on the output: a small compressed body
 * that inflates to gigabytes (a "zip bomb") stops at `maxBytes` instead of filling
 * memory. Errors are plain values; the caller words them for the page at hand.
 */
export type Coding = 'gzip' | 'deflate' | 'br';

export type DecompressProblem =
  | { kind: 'too_large' }
  | { kind: 'truncated' }
  | { kind: 'corrupt' }
  | { kind: 'unknown_coding'; coding: string };

export class DecompressError extends Error {
  constructor(readonly problem: DecompressProblem) {
    super(problem.kind);
    this.name = 'DecompressError';
  }
}

export const ACCEPT_ENCODING = 'gzip, deflate, br';

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

/**
 * The codings of a Content-Encoding header in the order they were applied
 * (`identity` dropped). Throws for a coding Dossier cannot undo.
 */
export function parseContentEncoding(header: string | undefined): Coding[] {
  if (!header) return [];
  const codings: Coding[] = [];
  for (const raw of header.split(',')) {
    const coding = raw.trim().toLowerCase();
    if (coding === '' || coding === 'identity') continue;
    if (coding === 'gzip' || coding === 'x-gzip') codings.push('gzip');
    else if (coding === 'deflate') codings.push('deflate');
    else if (coding === 'br') codings.push('br');
    else throw new DecompressError({ kind: 'unknown_coding', coding });
  }
  return codings;
}

/** Undoes `codings` (last applied first), never producing more than `maxBytes`. */
export async function decompress(body: Buffer, codings: readonly Coding[], maxBytes: number): Promise<Buffer> {
  let data = body;
  for (const coding of [...codings].reverse()) {
    if (data.length === 0) break;
    data = await decodeOne(data, coding, maxBytes);
  }
  return data;
}

async function decodeOne(data: Buffer, coding: Coding, maxBytes: number): Promise<Buffer> {
  // zlib refuses a limit of 0; the size check happens after for an empty result anyway.
  const options = { maxOutputLength: Math.max(1, maxBytes) };
  try {
    switch (coding) {
      case 'gzip':
        // A proxy that already unpacked the body but kept the header: take it as is.
        if (data[0] !== 0x1f || data[1] !== 0x8b) return data;
        return await gunzip(data, options);
      case 'deflate':
        // "deflate" should be zlib-wrapped, but some servers send raw deflate.
        return isZlibHeader(data) ? await inflate(data, options) : await inflateRaw(data, options);
      case 'br':
        return await brotli(data, options);
    }
  } catch (error) {
    throw new DecompressError(classify(error));
  }
}

function isZlibHeader(data: Buffer): boolean {
  const [cmf = 0, flg = 0] = data;
  return (cmf & 0x0f) === 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 === 0;
}

function classify(error: unknown): DecompressProblem {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return { kind: 'too_large' };
  const message = error instanceof Error ? error.message : '';
  if (code === 'Z_BUF_ERROR' || /unexpected end/i.test(message)) return { kind: 'truncated' };
  return { kind: 'corrupt' };
}
