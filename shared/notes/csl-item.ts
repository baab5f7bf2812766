/**
 * A cited clipping as CSL-JSON, the data format of the Citation Style Language: what
 * the bibliography and the footnotes of an exported note are formatted from. Pure (the
 * core builds `CitedWork` from the library; the formatting itself lives in the core).
 */
export interface CitedWork {
  clippingId: number;
  headline: string | null;
  outlet: string | null;
  /** One entry per person or agency, as the clipping's metadata has them. */
  authors: string[];
  /** Publication date, ISO 8601 (a day, or a time with its offset). */
  published: string | null;
  /** The canonical address, else the address it was clipped from. */
  url: string | null;
  /** When it was captured (ISO 8601): the CSL "accessed" date. */
  captured: string | null;
}

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  /** citeproc-js: print the name in the order given (family first), never inverted. */
  'static-ordering'?: boolean;
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title?: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
}

/** The CSL-JSON item of a cited clipping; its id is `clipping-<id>`. */
export function cslItem(work: CitedWork): CslItem {
  const item: CslItem = { id: `clipping-${work.clippingId}`, type: 'article-newspaper' };
  const title = flat(work.headline);
  if (title) item.title = title;
  const outlet = flat(work.outlet);
  if (outlet) item['container-title'] = outlet;
  const authors = work.authors.map(flat).filter((name): name is string => Boolean(name)).map(cslName);
  if (authors.length > 0) item.author = authors;
  const issued = dateParts(work.published);
  if (issued) item.issued = issued;
  const accessed = dateParts(work.captured);
  if (accessed) item.accessed = accessed;
  if (work.url && /^https?:\/\//i.test(work.url)) item.URL = work.url;
  return item;
}

/** A romanised East Asian name written family first: "Kim Jae-won", "Lee Min-ji", "Xi Jin-ping". */
const FAMILY_FIRST = /^(\p{Lu}\p{Ll}{0,4}) (\p{Lu}\p{Ll}+-\p{Ll}+)$/u;
/** Agencies and desks: kept whole, never cut into family and given names. */
const ORGANISATION = /\b(staff|desk|agency|news|press|reuters|yonhap|associated|afp|kcna|xinhua|editorial|editors?|team|bureau|service|times|post)\b/i;
const LATIN_PERSON = /^[\p{Script=Latin}.'’ -]+$/u;

/**
 * A byline name for CSL: "Jane Q. Doe" → given "Jane Q.", family "Doe" (so a
 * bibliography can invert it); "Kim Jae-won" → family "Kim", given "Jae-won", in that
 * order; an agency ("Yonhap", "Staff reporters"), a name in another script or a single
 * word stays a literal, printed as it is.
 */
export function cslName(name: string): CslName {
  const familyFirst = FAMILY_FIRST.exec(name);
  if (familyFirst) return { family: familyFirst[1]!, given: familyFirst[2]!, 'static-ordering': true };
  const words = name.split(' ');
  if (words.length < 2 || ORGANISATION.test(name) || !LATIN_PERSON.test(name)) return { literal: name };
  // "van", "de", "al-": particles stay with the family name.
  let cut = words.length - 1;
  while (cut > 1 && /^(van|von|de|der|den|da|di|du|del|la|le|al|el|bin|ibn)$/i.test(words[cut - 1]!)) cut -= 1;
  return { given: words.slice(0, cut).join(' '), family: words.slice(cut).join(' ') };
}

/** "2025-03-31T11:10:00+09:00" → [[2025, 3, 31]]: the day as the page gave it (its own time zone). */
export function dateParts(value: string | null): { 'date-parts': number[][] } | undefined {
  const match = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim()) : null;
  if (!match) return undefined;
  const parts = [Number(match[1])];
  if (match[2]) parts.push(Number(match[2]));
  if (match[3]) parts.push(Number(match[3]));
  return { 'date-parts': [parts] };
}

function flat(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}
