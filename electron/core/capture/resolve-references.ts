/**
 * Link and image addresses in a cleaned page body, made absolute against the page's
 * own address (never against a `<base>` the page declares) and filtered: links stay
 * only for web pages and mail; images only from the web or inline raster data;
 * tracking pixels go.
 */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const RASTER_DATA_URL = /^data:image\/(png|jpeg|gif|webp|avif);base64,/i;
const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-original', 'data-lazy-src'];
/** Images this small in either dimension are spacers or tracking pixels. */
const TINY_PIXELS = 2;

export function resolveReferences(body: HTMLElement, sourceUrl: string | null): void {
  for (const link of Array.from(body.querySelectorAll('a'))) resolveLink(link, sourceUrl);
  for (const image of Array.from(body.querySelectorAll('img'))) resolveImage(image, sourceUrl);
}

function resolveLink(link: HTMLAnchorElement, sourceUrl: string | null): void {
  // The page's own rel/target/class must not reach the stored document.
  for (const name of ['target', 'rel', 'class', 'ping', 'download']) link.removeAttribute(name);
  const href = link.getAttribute('href');
  if (href === null) return;
  const resolved = resolveLinkHref(href, sourceUrl);
  if (resolved === null) link.removeAttribute('href');
  else link.setAttribute('href', resolved);
}

export function resolveLinkHref(href: string, sourceUrl: string | null): string | null {
  const url = parseUrl(href, sourceUrl);
  return url && LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
}

function resolveImage(image: HTMLImageElement, sourceUrl: string | null): void {
  const src = resolveImageSrc(chooseImageSrc(image), sourceUrl);
  if (src === null || isTinyImage(image)) {
    image.remove();
    return;
  }
  image.setAttribute('src', src);
}

/** The real source of a lazily loaded image rather than its placeholder. */
function chooseImageSrc(image: HTMLImageElement): string | null {
  const src = image.getAttribute('src')?.trim() || null;
  if (src && !src.toLowerCase().startsWith('data:')) return src;
  for (const name of LAZY_SRC_ATTRIBUTES) {
    const lazy = image.getAttribute(name)?.trim();
    if (lazy) return lazy;
  }
  return src;
}

export function resolveImageSrc(src: string | null, sourceUrl: string | null): string | null {
  if (!src) return null;
  if (RASTER_DATA_URL.test(src)) return src;
  const url = parseUrl(src, sourceUrl);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
}

/** An image source a captured document may keep: a web address or inline raster data. */
export function isCapturableImageSrc(src: unknown): src is string {
  if (typeof src !== 'string') return false;
  if (RASTER_DATA_URL.test(src)) return true;
  const url = parseUrl(src, null);
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:');
}

function isTinyImage(image: HTMLImageElement): boolean {
  const width = pixels(image.getAttribute('width'));
  const height = pixels(image.getAttribute('height'));
  if ((width !== null && width <= TINY_PIXELS) || (height !== null && height <= TINY_PIXELS)) return true;
  const style = image.getAttribute('style') ?? '';
  return /(?:^|;)\s*(?:width|height)\s*:\s*[0-2](?:\.\d*)?px\b/i.test(style) || /display\s*:\s*none/i.test(style);
}

function pixels(value: string | null): number | null {
  if (value === null) return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/i.exec(value);
  return match ? Number(match[1]) : null;
}

function parseUrl(value: string, base: string | null): URL | null {
  try {
    return base ? new URL(value.trim(), base) : new URL(value.trim());
  } catch {
    return null;
  }
}
