/**
 * How a cited clipping is named in a note: the inline citation's label and the
 * source line under a cited quote. Both are stored in the note when the citation is
 * made, so a note reads (and exports) the same after the clipping is gone.
 */
export interface CitedSource {
  outlet: string | null;
  headline: string | null;
  /** Publication date, ISO 8601 (only the day is shown). */
  published: string | null;
  url: string | null;
}

const SHORT_TITLE = 60;

/**
 * "Yonhap, 2025-03-31: North Korea fires two ballistic…" — the outlet, the day it was
 * published (outlets report one event on several days) and a short headline.
 */
export function citationLabel(source: Pick<CitedSource, 'outlet' | 'headline' | 'published'>): string {
  const headline = shortTitle(source.headline ?? '');
  const outlet = source.outlet?.trim() ?? '';
  const day = source.published?.slice(0, 10) ?? '';
  const who = [outlet, day].filter(Boolean).join(', ');
  if (outlet && headline) return `${who}: ${headline}`;
  if (headline) return day ? `${headline}, ${day}` : headline;
  return who || 'Source';
}

/** "Yonhap, “Headline”, 2025-03-31" — the line under a cited quote (its link is shown beside it). */
export function sourceLine(source: CitedSource): string {
  const parts = [source.outlet?.trim(), source.headline?.trim() ? `“${source.headline.trim()}”` : '', source.published?.slice(0, 10)];
  return parts.filter((part): part is string => Boolean(part)).join(', ');
}

/** The headline cut at a word to about 60 characters. */
export function shortTitle(title: string): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= SHORT_TITLE) return flat;
  const cut = chars.slice(0, SHORT_TITLE).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > SHORT_TITLE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
