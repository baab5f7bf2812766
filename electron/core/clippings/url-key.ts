/** Query parameters that only say how a reader arrived, never which article it is. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|ref|cmpid|ito|ocid|sr_share)$/i;

/**
 * The forms of an article address that count as the same article: as given, and
 * without fragment, tracking parameters, default port or a trailing slash. Both are
 * looked up, because stored addresses were kept exactly as the page gave them.
 */
export function urlVariants(url: string | null | undefined): string[] {
  if (!url) return [];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [url];
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return [url];
  parsed.hash = '';
  for (const name of Array.from(parsed.searchParams.keys())) if (TRACKING_PARAM.test(name)) parsed.searchParams.delete(name);
  return [...new Set([url, parsed.href, withTrailingSlashToggled(parsed)])];
}

function withTrailingSlashToggled(url: URL): string {
  if (url.pathname === '/') return url.href;
  const copy = new URL(url.href);
  copy.pathname = copy.pathname.endsWith('/') ? copy.pathname.slice(0, -1) : `${copy.pathname}/`;
  return copy.href;
}
