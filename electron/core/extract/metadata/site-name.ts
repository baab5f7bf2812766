/**
 * Declared titles often carry the site's name (and sometimes a byline) around the
 * headline: "Headline | Yonhap News Agency", "BBC News - Headline",
 * "Headline | The Site | by Jane Doe". These helpers remove them.
 */
import { clean, comparable } from './text';

const SEPARATORS = /\s+(?:\||-|–|—|::|·|«|»|•|\/|:|\*)\s+/u;
const SEPARATORS_GLOBAL = new RegExp(SEPARATORS.source, 'gu');
/** "by Jane Doe" as the last segment of a declared title: a credit, not part of the headline. */
const BYLINE_SEGMENT = /^(?:by|By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/** Removes " | Yonhap News Agency"-style suffixes (and prefixes) naming the site, and a trailing byline segment. */
export function stripSiteName(title: string, siteNames: string[]): string {
  let text = clean(title);
  const keys = siteNames.map(comparable).filter((k) => k.length >= 2);
  const isSite = (segment: string): boolean => {
    const seg = comparable(segment);
    // "BILD.de" names the site "Bild"; "The Guardian view on Hong Kong" does not name "The Guardian".
    return seg.length > 0 && keys.some((k) => k.includes(seg) || (seg.includes(k) && k.length * 2 >= seg.length));
  };
  for (let round = 0; round < 3; round++) {
    const parts = text.split(SEPARATORS);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1] ?? '';
    if (isSite(last) || BYLINE_SEGMENT.test(last)) {
      text = text.slice(0, text.lastIndexOf(lastSeparator(text))).trim();
    } else if (isSite(parts[0] ?? '')) {
      const m = SEPARATORS.exec(text);
      if (!m) break;
      text = text.slice(m.index + m[0].length).trim();
    } else break;
  }
  return text;
}

function lastSeparator(text: string): string {
  const all = [...text.matchAll(SEPARATORS_GLOBAL)];
  return all[all.length - 1]?.[0] ?? '';
}
