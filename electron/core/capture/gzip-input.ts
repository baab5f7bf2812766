import zlib from 'node:zlib';
import { ApiError } from '../../../shared/api/errors';
import { formatBytes } from '../../../shared/domain/limits';
import { fileSource } from './capture-source';

export interface UnpackedInput {
  /** The name without its `.gz`: `page.html.gz` → `page.html`. */
  fileName: string;
  bytes: Uint8Array;
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/**
 * A gzipped file (`page.html.gz`, or gzip bytes under any name) unpacked, never past
 * `maxBytes`: a small file that inflates to gigabytes is refused as `too_large`
 * instead of filling memory. Anything else comes back as it was. A `.gz` name over
 * plain bytes is also accepted as it is — browsers often unpack such downloads and
 * keep the name.
 */
export function gunzipInput(fileName: string, bytes: Uint8Array, maxBytes: number): UnpackedInput {
  const named = /\.gz$/i.test(fileName);
  const unpackedName = named ? fileName.replace(/\.gz$/i, '') || fileName : fileName;
  if (!isGzip(bytes)) return { fileName: unpackedName, bytes };
  const source = fileSource(fileName);
  let output: Buffer;
  try {
    output = zlib.gunzipSync(bytes, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new ApiError('too_large', `${source.subject} unpacks to more than ${describe(maxBytes)}; Dossier clips pages up to ${describe(maxBytes)}.`);
    }
    if (code === 'Z_BUF_ERROR') {
      throw new ApiError('unsupported_file', `${source.subject} is damaged: its compressed data is cut short. Download or save it again.`);
    }
    throw new ApiError('unsupported_file', `${source.subject} is damaged: its compressed data is corrupt. Download or save it again.`);
  }
  if (output.byteLength > maxBytes) {
    throw new ApiError('too_large', `${source.subject} unpacks to more than ${describe(maxBytes)}; Dossier clips pages up to ${describe(maxBytes)}.`);
  }
  return { fileName: unpackedName, bytes: new Uint8Array(output.buffer, output.byteOffset, output.byteLength) };
}

function describe(maxBytes: number): string {
  const megabytes = maxBytes / (1024 * 1024);
  return Number.isInteger(megabytes) ? `${megabytes} MB` : formatBytes(maxBytes);
}
