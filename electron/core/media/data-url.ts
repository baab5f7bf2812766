import { describeLimit } from '../fetch/fetch-errors';

/** The image data URLs a document may carry: `data:image/<type>;base64,<data>`. */
export const IMAGE_DATA_URL = /^data:(image\/[\w.+-]+);base64,/i;

export type DecodedDataUrl = { ok: true; bytes: Uint8Array; declaredType: string } | { ok: false; reason: string };

/** The bytes of an image data URL, refused before decoding when they would pass `maxBytes`. */
export function decodeImageDataUrl(src: string, maxBytes: number): DecodedDataUrl {
  const match = IMAGE_DATA_URL.exec(src);
  if (!match) return { ok: false, reason: 'not an image data address' };
  // Browsers skip ASCII whitespace in base64 (long data URLs are often wrapped).
  const payload = src.slice(match[0].length).replace(/[\t\n\f\r ]+/g, '');
  const unpadded = payload.replace(/={1,2}$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(unpadded) || unpadded.length % 4 === 1) return { ok: false, reason: 'a damaged image (invalid base64)' };
  if (Math.floor((unpadded.length * 3) / 4) > maxBytes) return { ok: false, reason: `larger than ${describeLimit(maxBytes)}` };
  if (unpadded.length === 0) return { ok: false, reason: 'empty' };
  const bytes = Buffer.from(unpadded, 'base64');
  return { ok: true, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), declaredType: match[1]!.toLowerCase() };
}
