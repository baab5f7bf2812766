import type { OriginalView } from '../../../shared/domain/original-view';
import type { StoredSnapshot } from '../clippings/clippings-repo';
import { parseHtml } from '../extract/parse-html';
import { originalAsHtml } from './original-text';

/**
 * The policy written into the original's own document. The renderer also shows it
 * in an iframe sandboxed without scripts, and the renderer's own policy forbids
 * frames to load anything; this is the third lock: nothing but inline styles and
 * local images, whatever the page asked for.
 */
export const ORIGINAL_VIEW_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; form-action 'none'";

/** Elements that could load, navigate or run something, and are dropped from the view. */
const REMOVED = 'script, iframe, frame, frameset, object, embed, applet, portal, base, link, meta[http-equiv], template';

export type LocalImages = Map<string, { mediaType: string; bytes: Uint8Array }>;

/**
 * A clipping's original prepared for the sandboxed view. Its images are the
 * library's local copies where it has them, and nothing else loads.
 */
export function originalView(snapshot: StoredSnapshot, images: LocalImages, pageUrl: string | null = null): OriginalView {
  const original = originalAsHtml(snapshot.contentType, snapshot.bytes);
  const document = parseHtml(original.html);
  for (const element of Array.from(document.querySelectorAll(REMOVED))) element.remove();
  localizeImages(document, images, original.pageUrl ?? pageUrl);
  addPolicy(document);
  return {
    html: `<!doctype html>\n${document.documentElement.outerHTML}`,
    record: { sha256: snapshot.sha256, capturedAt: snapshot.capturedAt, byteLength: snapshot.bytes.byteLength, contentType: snapshot.contentType },
  };
}

function localizeImages(document: Document, images: LocalImages, pageUrl: string | null): void {
  for (const source of Array.from(document.querySelectorAll('source[srcset], img[srcset]'))) source.removeAttribute('srcset');
  for (const image of Array.from(document.querySelectorAll('img'))) {
    const local = images.get(absolute(image.getAttribute('src'), pageUrl) ?? '');
    if (local) image.setAttribute('src', `data:${local.mediaType};base64,${Buffer.from(local.bytes).toString('base64')}`);
    else image.removeAttribute('src');
  }
}

function absolute(src: string | null, base: string | null): string | null {
  if (!src) return null;
  try {
    return new URL(src, base ?? undefined).href;
  } catch {
    return null;
  }
}

function addPolicy(document: Document): void {
  const policy = document.createElement('meta');
  policy.setAttribute('http-equiv', 'Content-Security-Policy');
  policy.setAttribute('content', ORIGINAL_VIEW_POLICY);
  const referrer = document.createElement('meta');
  referrer.setAttribute('name', 'referrer');
  referrer.setAttribute('content', 'no-referrer');
  document.head.insertBefore(referrer, document.head.firstChild);
  document.head.insertBefore(policy, document.head.firstChild);
}
