/**
 * Cookies for the life of one fetch only, so that sites which set a cookie and
 * redirect back to themselves (consent and bot checks) can be followed. Nothing is
 * stored anywhere; expiry, Path and SameSite are not modelled.
 */
interface Cookie {
  name: string;
  value: string;
  domain: string;
  hostOnly: boolean;
  secure: boolean;
}

const MAX_COOKIES = 50;

export class CookieJar {
  private cookies: Cookie[] = [];

  /** Takes the Set-Cookie headers of a response from `url`. */
  store(url: URL, setCookie: string[] | undefined): void {
    for (const header of setCookie ?? []) {
      const parsed = parseSetCookie(header, url.hostname);
      if (!parsed) continue;
      const { cookie, expired } = parsed;
      this.cookies = this.cookies.filter((c) => !(c.name === cookie.name && c.domain === cookie.domain));
      if (!expired) this.cookies.push(cookie);
      if (this.cookies.length > MAX_COOKIES) this.cookies.shift();
    }
  }

  /** The Cookie header for a request to `url`, or '' for none. */
  headerFor(url: URL): string {
    const host = url.hostname.toLowerCase();
    return this.cookies
      .filter((c) => (c.hostOnly ? host === c.domain : host === c.domain || host.endsWith(`.${c.domain}`)))
      .filter((c) => !c.secure || url.protocol === 'https:')
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }
}

function parseSetCookie(header: string, requestHost: string): { cookie: Cookie; expired: boolean } | null {
  const [pair = '', ...attributes] = header.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return null;
  const name = pair.slice(0, eq).trim();
  const value = pair.slice(eq + 1).trim();
  if (!/^[!#$%&'*+\-.^_`|~\w]+$/.test(name) || /[\u0000-\u001f\u007f]/.test(value)) return null;
  const host = requestHost.toLowerCase();
  let domain = host;
  let hostOnly = true;
  let secure = false;
  let expired = false;
  for (const attribute of attributes) {
    const [rawKey = '', ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    const val = rest.join('=').trim();
    if (key === 'domain' && val !== '') {
      const wanted = val.replace(/^\./, '').toLowerCase();
      // A site may set a cookie for itself or a parent domain, never for another site.
      if (host !== wanted && !host.endsWith(`.${wanted}`)) return null;
      if (!wanted.includes('.')) return null;
      domain = wanted;
      hostOnly = false;
    } else if (key === 'secure') {
      secure = true;
    } else if (key === 'max-age' && /^-?\d+$/.test(val) && Number(val) <= 0) {
      expired = true;
    } else if (key === 'expires' && Date.parse(val) < Date.now()) {
      expired = true;
    }
  }
  return { cookie: { name, value, domain, hostOnly, secure }, expired };
}
