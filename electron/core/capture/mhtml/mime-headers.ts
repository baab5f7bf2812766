/** RFC 822/2045 header blocks as found in MHTML files (bytes read as Latin-1). */

export type Headers = Map<string, string>;

/** Splits `text` into its header block and body at the first blank line; null when there is none. */
export function splitHeaders(text: string, from = 0): { headers: string; bodyStart: number } | null {
  const blank = /\r?\n\r?\n/g;
  blank.lastIndex = from;
  // A part with no headers at all starts straight with the blank line.
  const leading = /^\r?\n/.exec(text.slice(from, from + 2));
  if (leading) return { headers: '', bodyStart: from + leading[0].length };
  const match = blank.exec(text);
  if (!match) return null;
  return { headers: text.slice(from, match.index), bodyStart: match.index + match[0].length };
}

/** Header fields by lower-case name (the first of repeated fields wins); folded lines unfolded. */
export function parseHeaders(block: string): Headers {
  const headers: Headers = new Map();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

/** True when the block reads like MIME headers: every line a field or a continuation. */
export function looksLikeHeaders(block: string): boolean {
  const lines = block.split(/\r?\n/);
  return lines.length > 0 && lines.every((line, i) => /^[!-9;-~]+:/.test(line) || (i > 0 && /^[ \t]/.test(line)));
}

export interface HeaderValue {
  /** Lower case, e.g. `multipart/related`. */
  value: string;
  /** Parameters by lower-case name, unquoted. */
  params: Map<string, string>;
}

/** `multipart/related; type="text/html"; boundary="--x"` → value and parameters. */
export function parseHeaderValue(field: string | undefined): HeaderValue {
  const params = new Map<string, string>();
  if (!field) return { value: '', params };
  const semicolon = field.indexOf(';');
  const value = (semicolon < 0 ? field : field.slice(0, semicolon)).trim().toLowerCase();
  if (semicolon >= 0) {
    const pattern = /;\s*([!#$%&'*+.^`|~\w-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
    for (const match of field.slice(semicolon).matchAll(pattern)) {
      const name = (match[1] ?? '').toLowerCase();
      let raw = (match[2] ?? '').trim();
      if (raw.startsWith('"')) raw = raw.slice(1, -1).replace(/\\(.)/g, '$1');
      if (!params.has(name)) params.set(name, raw);
    }
  }
  return { value, params };
}

/** `<frame-1@mhtml.blink>` → `frame-1@mhtml.blink`. */
export function contentId(field: string | undefined): string | null {
  if (!field) return null;
  const id = field.trim().replace(/^<|>$/g, '').trim();
  return id === '' ? null : id;
}

/** RFC 2047 encoded words in a header (`=?utf-8?Q?Caf=C3=A9?=`) as text; the raw Latin-1 header otherwise. */
export function decodeEncodedWords(field: string): string {
  const joined = field.replace(/(\?=)\s+(=\?)/g, '$1$2');
  return joined.replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g, (whole, charset: string, kind: string, data: string) => {
    let bytes: Uint8Array;
    if (kind.toUpperCase() === 'B') {
      bytes = Buffer.from(data, 'base64');
    } else {
      bytes = Buffer.from(
        data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      );
    }
    try {
      return new TextDecoder(charset.replace(/\*.*$/, '')).decode(bytes);
    } catch {
      return whole;
    }
  });
}
