/**
 * Outlet name and site domain: JSON-LD publisher, og:site_name,
 * application-name, else derived from the domain ("yna.co.kr" → "Yna").
 */
import type { MetaTags } from './meta-tags';
import { cleanOrNull } from './text';

/** Host without "www." (and without "m." / "amp." mobile prefixes). */
export function siteDomainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.replace(/^(?:www\d?|m|amp|mobile)\./, '') || null;
  } catch {
    return null;
  }
}

const SECOND_LEVEL = /^(?:co|com|net|org|gov|ac|or|ne|go|news|edu)$/;

/** "koreajoongangdaily.joins.com" → "Joins"; "yna.co.kr" → "Yna". Last resort only. */
export function outletFromDomain(domain: string | null): string | null {
  if (!domain) return null;
  const labels = domain.split('.');
  let i = labels.length - 2;
  if (i > 0 && SECOND_LEVEL.test(labels[i] ?? '')) i--;
  const label = labels[Math.max(0, i)] ?? '';
  if (!label) return null;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

const nameOrNull = (value: string | null | undefined): string | null => {
  const name = cleanOrNull(value);
  return name && !/^https?:\/\//i.test(name) && name.length <= 80 ? name : null;
};

export function chooseOutlet(jsonLdPublisher: string | null, meta: MetaTags, jsonLdSiteNames: string[], domain: string | null): string | null {
  const fromMeta = nameOrNull(meta.first('og:site_name', 'application-name', 'apple-mobile-web-app-title', 'publisher', 'dc.publisher', 'citation_publisher', 'citation_journal_title', 'cxenseparse:recs:publisher'));
  return nameOrNull(jsonLdPublisher) ?? fromMeta ?? nameOrNull(jsonLdSiteNames[0]) ?? outletFromDomain(domain);
}
