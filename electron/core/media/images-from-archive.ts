import type { MhtmlResource } from '../capture/mhtml/parse-mhtml';

/**
 * The parts of a page archive (MHTML) by the web address they were saved from, for
 * `captureImages(doc, { archived })`: the page's images as the reader saw them,
 * without going back to the network. Parts known only by Content-ID are left out:
 * a captured document keeps only web addresses and data URLs.
 */
export function archivedResources(resources: readonly MhtmlResource[]): Map<string, Uint8Array> {
  const byUrl = new Map<string, Uint8Array>();
  for (const resource of resources) {
    let url: URL;
    try {
      url = new URL(resource.url);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    if (!byUrl.has(url.href) && resource.bytes.byteLength > 0) byUrl.set(url.href, resource.bytes);
  }
  return byUrl;
}
