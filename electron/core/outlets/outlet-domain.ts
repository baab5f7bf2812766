/**
 * The site a clipping came from, as its outlet's key: the page's own site domain when
 * extraction found one, else the host of its canonical or source address, without
 * `www.`. Pasted text with no address has none.
 */
export function outletDomainOf(siteDomain: string | null | undefined, urls: Array<string | null | undefined>): string | null {
  const candidates = [siteDomain, ...urls.map(hostOf)];
  for (const candidate of candidates) {
    const domain = candidate?.trim().toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
    if (domain && /^[a-z0-9.-]+$/.test(domain) && domain.includes('.')) return domain;
  }
  return null;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}
