import { type FetchNoun, redirectLoop, redirectWithoutLocation, tooManyRedirects, unsafeRedirect } from './fetch-errors';

/** Statuses that send the client elsewhere with a Location header. */
const REDIRECT_STATUSES = new Set([300, 301, 302, 303, 307, 308]);

export const DEFAULT_MAX_REDIRECTS = 10;

export function isRedirect(status: number, location: string | undefined): boolean {
  if (status === 300) return location !== undefined;
  return REDIRECT_STATUSES.has(status);
}

/**
 * Follows redirects one checked hop at a time: only to http/https, at most
 * `maxRedirects`, never twice to the same place in the same state (the state is the
 * cookies the site has set meanwhile, so a "set a cookie and come back" redirect is
 * not mistaken for a loop).
 */
export class RedirectPolicy {
  readonly redirects: string[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly requested: URL,
    private readonly maxRedirects: number = DEFAULT_MAX_REDIRECTS,
    private readonly noun: FetchNoun = 'page',
  ) {}

  /** Records the URL about to be requested with the state it is requested in. */
  visit(url: URL, state = ''): void {
    const key = `${withoutFragment(url)}\u0000${state}`;
    if (this.seen.has(key)) throw redirectLoop(this.requested, this.noun);
    this.seen.add(key);
  }

  /** The next URL to request, or a refusal. */
  next(from: URL, status: number, location: string | undefined): URL {
    if (location === undefined || location.trim() === '') throw redirectWithoutLocation(from, status, this.noun);
    let target: URL;
    try {
      target = new URL(location.trim(), from);
    } catch {
      throw unsafeRedirect(from, location, this.noun);
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') throw unsafeRedirect(from, target.href, this.noun);
    // A redirect without a fragment keeps the one the page was asked for (as browsers do).
    if (target.hash === '' && from.hash !== '') target.hash = from.hash;
    if (this.redirects.length >= this.maxRedirects) throw tooManyRedirects(this.requested, this.maxRedirects, this.noun);
    this.redirects.push(target.href);
    return target;
  }
}

function withoutFragment(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}
