/** Content-Transfer-Encoding of MIME parts, on bytes held as a Latin-1 string. */

export type TransferResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: 'invalid_base64' | 'unknown'; encoding: string };

export function decodeTransfer(body: string, encodingField: string | undefined): TransferResult {
  const encoding = (encodingField ?? '').trim().toLowerCase();
  switch (encoding) {
    case 'quoted-printable':
      return { ok: true, bytes: decodeQuotedPrintable(body) };
    case 'base64': {
      const bytes = decodeBase64(body);
      return bytes ? { ok: true, bytes } : { ok: false, problem: 'invalid_base64', encoding };
    }
    case '':
    case '7bit':
    case '8bit':
    case 'binary':
      return { ok: true, bytes: latin1Bytes(body) };
    default:
      return { ok: false, problem: 'unknown', encoding };
  }
}

export function latin1Bytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

/**
 * Quoted-printable: `=XX` is a byte, `=` at the end of a line (possibly after
 * trailing blanks) is a soft line break. A stray `=` is kept as it is, as mail
 * readers do.
 */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x3d) {
      out[n++] = code & 0xff;
      continue;
    }
    const high = hexValue(text.charCodeAt(i + 1));
    const low = hexValue(text.charCodeAt(i + 2));
    if (high >= 0 && low >= 0) {
      out[n++] = (high << 4) | low;
      i += 2;
      continue;
    }
    let j = i + 1;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (text[j] === '\r' && text[j + 1] === '\n') {
      i = j + 1;
      continue;
    }
    if (text[j] === '\n' || j >= text.length) {
      i = j;
      continue;
    }
    out[n++] = code;
  }
  return out.slice(0, n);
}

/** Base64 with line breaks; null when it holds anything but base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const compact = text.replace(/[\s]+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) return null;
  return new Uint8Array(Buffer.from(compact, 'base64'));
}
