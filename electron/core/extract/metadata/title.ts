/**
 * The headline as shown on the page: the article's <h1> when it matches (fuzzy)
 * a declared headline (JSON-LD, og:title, twitter:title, <title>); otherwise the
 * best declared headline with the site-name suffix removed.
 */
import { inFurniture } from './scope';
import { clean, comparable, selectAll, textOf } from './text';

const SEPARATORS = /\s+(?:\||-|–|—|::|·|«|»|•|\/|:)\s+/u;

/** Removes " | Yonhap News Agency"-style suffixes (and prefixes) naming the site. */
export function stripSiteName(title: string, siteNames: string[]): string {
  let text = clean(title);
  const keys = siteNames.map(comparable).filter((k) => k.length >= 2);
  for (let round = 0; round < 2; round++) {
    const parts = text.split(SEPARATORS);
    if (parts.length < 2) break;
    const last = comparable(parts[parts.length - 1] ?? '');
    const first = comparable(parts[0] ?? '');
    const matches = (seg: string): boolean => seg.length > 0 && keys.some((k) => seg === k || k.includes(seg) || seg.includes(k));
    if (matches(last)) {
      text = text.slice(0, text.lastIndexOf(lastSeparatorMatch(text))).trim();
    } else if (matches(first)) {
      const m = SEPARATORS.exec(text);
      if (!m) break;
      text = text.slice(m.index + m[0].length).trim();
    } else break;
  }
  return text;
}

function lastSeparatorMatch(text: string): string {
  const all = [...text.matchAll(new RegExp(SEPARATORS.source, 'gu'))];
  return all[all.length - 1]?.[0] ?? '';
}

function tokens(text: string): string[] {
  return clean(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Fuzzy headline match: same letters, containment, or most words shared. */
export function headlinesMatch(a: string, b: string): boolean {
  const ca = comparable(a);
  const cb = comparable(b);
  if (!ca || !cb) return false;
  if (ca === cb) return true;
  const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  if (short.length >= 12 && long.includes(short) && short.length / long.length >= 0.5) return true;
  const ta = new Set(tokens(a));
  const tb = new Set(tokens(b));
  if (ta.size === 0 || tb.size === 0) return false;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / Math.min(ta.size, tb.size) >= 0.8 && shared / Math.max(ta.size, tb.size) >= 0.6;
}

export interface TitleInputs {
  jsonLdHeadline: string | null;
  ogTitle: string | null;
  twitterTitle: string | null;
  otherMetaTitles: string[];
  titleTag: string | null;
  siteNames: string[];
}

/**
 * The <h1> (or itemprop=headline) wins when it has the same words as a declared
 * headline — it is the form shown on the page (its quotes, its case) — unless the
 * declared one separates a kicker with a colon that the heading's markup only shows
 * visually. Otherwise og:title, then JSON-LD headline, twitter:title, other meta
 * titles and finally the <title> tag, each without the site name.
 */
export function chooseTitle(document: Document, scope: Element | null, inputs: TitleInputs): string | null {
  const declared = [inputs.ogTitle, inputs.jsonLdHeadline, inputs.twitterTitle, ...inputs.otherMetaTitles, inputs.titleTag]
    .filter((t): t is string => typeof t === 'string' && clean(t) !== '')
    .map((t) => stripSiteName(t, inputs.siteNames))
    .filter((t) => t !== '' && !inputs.siteNames.some((s) => comparable(s) === comparable(t)));

  const headings = headingCandidates(document, scope);
  for (const heading of headings) {
    const key = comparable(heading);
    const same = declared.find((d) => comparable(d) === key);
    if (same) return colons(same) > colons(heading) ? same : heading;
    // A declared title cut short (length limits, a raw quote ending a meta attribute) is the start of the heading.
    if (declared.some((d) => comparable(d).length >= 20 && key.startsWith(comparable(d)) && /[\s\p{P}]$/u.test(heading.slice(0, d.length + 1)))) return heading;
  }
  return declared[0] ?? headings[0] ?? null;
}

const colons = (text: string): number => (text.match(/[:：|]/g) ?? []).length;

function headingCandidates(document: Document, scope: Element | null): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (el: Element): void => {
    if (inFurniture(el)) return;
    const text = textOf(el);
    if (text.length < 3 || text.length > 400 || seen.has(text)) return;
    seen.add(text);
    out.push(text);
  };
  for (const el of selectAll(scope, 'h1, [itemprop=headline]')) add(el);
  for (const el of selectAll(document, 'h1, [itemprop=headline]')) add(el);
  for (const el of selectAll(scope, 'h2')) add(el);
  return out.slice(0, 12);
}
