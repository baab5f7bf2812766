import { latin1 } from './byte-match';

/** How far into an HTML file a browser looks for a declared character set. */
const PRESCAN_BYTES = 4096;

/**
 * The character set an HTML page declares near its start, as a TextDecoder
 * encoding name: `<meta charset>`, `<meta http-equiv="Content-Type" content="…;
 * charset=…">`, or an XML declaration. Unknown labels are ignored; null when nothing
 * usable is declared.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes, 0, PRESCAN_BYTES);
  for (const match of head.matchAll(/<meta\b[^>]*>/gi)) {
    const encoding = encodingForLabel(charsetInMeta(match[0]));
    if (encoding) return encoding;
  }
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([^"']{1,40})["']/i.exec(head);
  return encodingForLabel(xml?.[1] ?? null);
}

function charsetInMeta(tag: string): string | null {
  const direct = /\bcharset\s*=\s*["']?\s*([^\s"';>/]{1,40})/i.exec(tag);
  return direct?.[1] ?? null;
}

/**
 * The WHATWG encoding a label names, through TextDecoder (so `latin1` and
 * `iso-8859-1` become windows-1252 as in browsers), or null for an unknown label.
 * A page cannot declare itself UTF-16 in a meta tag: browsers read that as UTF-8.
 */
export function encodingForLabel(label: string | null): string | null {
  if (!label) return null;
  let encoding: string;
  try {
    encoding = new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  if (encoding === 'replacement' || encoding === 'x-user-defined') return null;
  return encoding;
}
