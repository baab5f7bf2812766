/**
 * URL policy for clipped documents. A clipping may link only to web pages and mail
 * addresses; images load only from the app's own storage or inline data, so that
 * reading a clipping never makes a network request.
 */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isSafeLinkHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length > 4096) return false;
  try {
    return LINK_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

/** True for http/https URLs only: what may be opened in the system browser or fetched. */
export function isWebUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 4096) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Images render only from inline raster data or from the library's own media store. */
export function isLocalImageSrc(src: unknown): src is string {
  if (typeof src !== 'string') return false;
  if (/^data:image\/(png|jpeg|gif|webp|avif);base64,/i.test(src)) return true;
  return src.startsWith('media/');
}
