/**
 * Unicode encodings recognisable from the bytes alone: a byte order mark, or the
 * alternating NUL bytes of mostly-ASCII UTF-16 saved without one.
 */
export type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

export function encodingFromBom(bytes: Uint8Array): UnicodeEncoding | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return 'utf-32be';
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00 && bytes.length % 4 === 0) return 'utf-32le';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  return null;
}

const SAMPLE_BYTES = 1024;

/**
 * UTF-16 without a byte order mark, recognised when text is mostly ASCII: then one
 * byte of every pair is NUL and the other never is.
 */
export function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 4 || bytes.length % 2 !== 0) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  if (evenNuls === 0 && oddNuls >= pairs * 0.3) return 'utf-16le';
  if (oddNuls === 0 && evenNuls >= pairs * 0.3) return 'utf-16be';
  return null;
}
