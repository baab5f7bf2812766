/** Small helpers for reading magic numbers out of raw bytes. */

/** True when `magic` (bytes, or a string standing for its Latin-1 bytes) occurs at `at`. */
export function matches(bytes: Uint8Array, magic: string | readonly number[], at = 0): boolean {
  const length = magic.length;
  if (at < 0 || bytes.length < at + length) return false;
  for (let i = 0; i < length; i++) {
    const expected = typeof magic === 'string' ? magic.charCodeAt(i) : magic[i];
    if (bytes[at + i] !== expected) return false;
  }
  return true;
}

/** Bytes as Latin-1 text: one character per byte, never fails. */
export function latin1(bytes: Uint8Array, start = 0, length = bytes.length): string {
  const begin = Math.max(0, start);
  const end = Math.min(bytes.length, begin + length);
  let text = '';
  const CHUNK = 8192;
  for (let i = begin; i < end; i += CHUNK) {
    text += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + CHUNK)));
  }
  return text;
}
