import { encodingForLabel } from '../capture/declared-charset';

export interface ParsedContentType {
  /** Lower-case `type/subtype`, e.g. `text/html`. */
  essence: string;
  /** The `charset` parameter as sent, or null. */
  charset: string | null;
}

/** `text/html; charset="EUC-KR"` → `{ essence: 'text/html', charset: 'EUC-KR' }`; null when absent or unparseable. */
export function parseContentType(header: string | undefined): ParsedContentType | null {
  if (!header) return null;
  const [type = '', ...params] = header.split(';');
  const essence = type.trim().toLowerCase();
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(essence)) return null;
  let charset: string | null = null;
  for (const param of params) {
    const match = /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(param);
    if (match?.[1]) charset = match[1];
  }
  return { essence, charset };
}

/** The HTTP charset as a TextDecoder encoding name (`euc-kr`, `shift_jis`…), or null when missing or unknown. */
export function charsetFromContentType(parsed: ParsedContentType | null): string | null {
  if (!parsed?.charset) return null;
  try {
    // Unlike a <meta>, an HTTP header may really mean UTF-16.
    const encoding = new TextDecoder(parsed.charset.trim()).encoding;
    if (encoding === 'utf-16le' || encoding === 'utf-16be') return encoding;
  } catch {
    return null;
  }
  return encodingForLabel(parsed.charset);
}

/** Types Dossier reads as a page. Missing and generic types are decided by sniffing the bytes. */
const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);
const GENERIC_TYPES = new Set(['application/octet-stream', 'binary/octet-stream', 'application/unknown', 'unknown/unknown', 'application/x-unknown']);

const IMAGE_NAMES: Record<string, string> = {
  png: 'a PNG image',
  apng: 'a PNG image',
  jpeg: 'a JPEG image',
  jpg: 'a JPEG image',
  pjpeg: 'a JPEG image',
  gif: 'a GIF image',
  webp: 'a WebP image',
  avif: 'an AVIF image',
  heic: 'a HEIC image',
  bmp: 'a BMP image',
  tiff: 'a TIFF image',
  'svg+xml': 'an SVG image',
  'x-icon': 'an icon image',
  'vnd.microsoft.icon': 'an icon image',
};

const APPLICATION_NAMES: Array<[RegExp, string]> = [
  [/^pdf$/, 'a PDF document'],
  [/^(json|.+\+json)$/, 'JSON data'],
  [/^(rss\+xml|atom\+xml|rdf\+xml)$/, 'a news feed (RSS or Atom)'],
  [/^(zip|x-zip-compressed|x-zip)$/, 'a ZIP archive'],
  [/^(gzip|x-gzip|x-tar|x-7z-compressed|x-rar-compressed|vnd\.rar|x-bzip2|x-xz|zstd)$/, 'a compressed archive'],
  [/^(msword|vnd\.openxmlformats-officedocument\.wordprocessingml\..+|rtf|vnd\.oasis\.opendocument\.text)$/, 'a word-processor document'],
  [/^(vnd\.ms-excel|vnd\.openxmlformats-officedocument\.spreadsheetml\..+|vnd\.oasis\.opendocument\.spreadsheet)$/, 'a spreadsheet'],
  [/^(vnd\.ms-powerpoint|vnd\.openxmlformats-officedocument\.presentationml\..+)$/, 'a presentation'],
  [/^(javascript|x-javascript|ecmascript)$/, 'a script'],
  [/^(epub\+zip)$/, 'an e-book'],
  [/^(x-msdownload|x-msdos-program|x-executable|vnd\.microsoft\.portable-executable|x-apple-diskimage)$/, 'a program'],
  [/^(wasm)$/, 'a WebAssembly module'],
  [/^(font-woff|x-font-ttf|x-font-otf)$/, 'a font'],
];

/**
 * What a response is when its type says it is not a page ("a PDF document",
 * "a PNG image"), or null when it may be a page (HTML, plain text, or a type that
 * says nothing, whose bytes are checked later).
 */
export function describeNonPageType(parsed: ParsedContentType | null): string | null {
  if (!parsed) return null;
  const { essence } = parsed;
  if (PAGE_TYPES.has(essence) || GENERIC_TYPES.has(essence)) return null;
  const [type = '', subtype = ''] = essence.split('/');
  switch (type) {
    case 'image':
      return IMAGE_NAMES[subtype] ?? 'an image';
    case 'video':
      return 'a video';
    case 'audio':
      return 'an audio file';
    case 'font':
      return 'a font';
    case 'text':
      if (subtype === 'css') return 'a stylesheet';
      if (subtype === 'javascript' || subtype === 'ecmascript') return 'a script';
      if (subtype === 'csv') return 'a spreadsheet (CSV)';
      // Markdown, XML, calendars and other text a reader might still want: let the bytes decide.
      return null;
    case 'application': {
      if (subtype === 'xml') return null;
      const named = APPLICATION_NAMES.find(([pattern]) => pattern.test(subtype));
      return named ? named[1] : `a file of type ${essence.slice(0, 60)}`;
    }
    default:
      return `a file of type ${essence.slice(0, 60)}`;
  }
}
