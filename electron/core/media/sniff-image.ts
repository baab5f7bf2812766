import { imageSize } from 'image-size';
import { sniffBinary } from '../capture/sniff-content';

/**
 * Only raster formats are kept. SVG is a document that can carry scripts, event
 * handlers and references to other resources: inert inside an <img>, but a stored
 * image is also served on its own at /media/<sha256>, where an SVG opened directly
 * would run in the app's origin. Raster images leave nothing to sanitise.
 */
const KEPT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
};

const OTHER_IMAGE_NAMES: Record<string, string> = {
  svg: 'SVG',
  bmp: 'BMP',
  tiff: 'TIFF',
  ico: 'icon',
  cur: 'cursor',
  heic: 'HEIC',
  heif: 'HEIF',
  psd: 'Photoshop',
  jxl: 'JPEG XL',
  'jxl-stream': 'JPEG XL',
  jp2: 'JPEG 2000',
  j2c: 'JPEG 2000',
};

/** Either dimension this small: a spacer or a tracking pixel. */
const TINY_SIDE = 2;
/** Smaller than this in area (say 9×11): not a picture anyone reads. */
const MIN_AREA = 100;
/** Guards the reader against decompression bombs: a small file that decodes to gigabytes of pixels. */
const MAX_PIXELS = 100_000_000;
const GENERIC_TYPES = new Set(['application/octet-stream', 'binary/octet-stream', 'application/unknown']);

export type SniffedImage = { ok: true; mediaType: string; width: number; height: number } | { ok: false; reason: string };

/**
 * What the bytes are, whatever the server claimed (`declaredType`, used only to
 * word a refusal): a kept raster image with its size, or why it is not kept.
 */
export function sniffImage(bytes: Uint8Array, declaredType: string | null = null): SniffedImage {
  let size: { width: number; height: number; type?: string };
  try {
    size = imageSize(bytes);
  } catch {
    return { ok: false, reason: notAnImage(bytes, declaredType) };
  }
  const type = size.type ?? '';
  const mediaType = KEPT_TYPES[type];
  if (!mediaType) return { ok: false, reason: `an image type Dossier doesn't keep (${OTHER_IMAGE_NAMES[type] ?? type.toUpperCase()})` };
  const { width, height } = size;
  if (!Number.isFinite(width) || !Number.isFinite(height)) return { ok: false, reason: 'a damaged image' };
  const shown = `${width}×${height}`;
  if (width <= TINY_SIDE || height <= TINY_SIDE) return { ok: false, reason: `a tracking pixel (${shown})` };
  if (width * height < MIN_AREA) return { ok: false, reason: `too small to be a picture (${shown})` };
  if (width * height > MAX_PIXELS) return { ok: false, reason: `too many pixels to show (${shown})` };
  return { ok: true, mediaType, width, height };
}

function notAnImage(bytes: Uint8Array, declaredType: string | null): string {
  const kind = sniffBinary(bytes);
  if (kind && / image$/.test(kind)) return 'a damaged image';
  if (kind) return `not an image (${kind})`;
  if (looksLikeHtml(bytes)) return 'not an image (text/html)';
  if (declaredType && !declaredType.startsWith('image/') && !GENERIC_TYPES.has(declaredType)) return `not an image (${declaredType})`;
  return 'not an image';
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return /^(\ufeff|\u00ef\u00bb\u00bf)?\s*<(!doctype\s+html|html|head|body|!--|meta|title|script|div|p|h1)[\s>]/i.test(head);
}
