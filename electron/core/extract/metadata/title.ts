/**
 * The headline, chosen between the article's headings and the titles the page
 * declares (og:title, JSON-LD headline, twitter:title, other meta titles, <title>
 * without the site name). og:title and the JSON-LD headline are the primary
 * declarations; twitter:title, meta titles and <title> are often SEO or social
 * variants, so they confirm a heading but do not outvote the primary two.
 */
import { inFurniture } from './scope';
import { stripSiteName } from './site-name';
import type { PageElements } from '../page-elements';
import { rawAttr } from '../raw-attr';
import { clean, comparable, textOf } from './text';
import { isShortenedFrom, sameTypography, tokens } from './title-forms';

export { stripSiteName } from './site-name';

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

type Source = 'og' | 'ld' | 'secondary';
interface Declared {
  text: string;
  key: string;
  source: Source;
}
interface Heading {
  text: string;
  key: string;
  /** An <h1> inside the article (not page furniture). */
  articleH1: boolean;
}

/**
 * In order:
 *  1. a heading that og:title or the JSON-LD headline confirms;
 *  2. og:title and the JSON-LD headline agreeing with each other;
 *  3. a heading that any other declared title confirms;
 *  4. when the declared titles disagree with each other, the article's own <h1>;
 *  5. the first declared title, else the first heading.
 * A heading that merely lengthens the og:title (the same words with more added) is
 * the web version of that headline: the og:title is the headline itself.
 */
export function chooseTitle(page: PageElements, document: Document, scope: Element | null, inputs: TitleInputs): string | null {
  const declared = declaredTitles(inputs);
  const headings = headingCandidates(page, document, scope);
  const chosen = choose(headings, declared);
  const og = declared.find((d) => d.source === 'og');
  if (chosen && og && og.key !== comparable(chosen) && isShortenedFrom(og.text, chosen)) return og.text;
  return chosen;
}

function choose(headings: Heading[], declared: Declared[]): string | null {
  const primary = declared.filter((d) => d.source !== 'secondary');
  for (const heading of headings) {
    const form = confirmedForm(heading, primary);
    if (form) return form;
  }
  const og = primary.find((d) => d.source === 'og');
  const ld = primary.find((d) => d.source === 'ld');
  if (og && ld && og.key === ld.key) return mostDeclaredForm(declared.filter((d) => d.key === og.key));
  for (const heading of headings) {
    const form = confirmedForm(heading, declared);
    if (form) return form;
  }
  const h1 = headings.find((h) => h.articleH1);
  if (h1 && new Set(declared.map((d) => d.key)).size > 1) return h1.text;
  return declared[0]?.text ?? headings[0]?.text ?? null;
}

/** The heading's headline when a declared title confirms it, in the form to keep; null otherwise. */
function confirmedForm(heading: Heading, declared: Declared[]): string | null {
  const same = declared.filter((d) => d.key === heading.key);
  if (same.length > 0) {
    const form = mostDeclaredForm(same);
    // A kicker the heading's markup shows only visually ("<span>Kicker</span> Headline") keeps the declared colon;
    // quotes typeset by the page's theme keep the form the publisher declared.
    return colons(form) > colons(heading.text) || sameTypography(form, heading.text) ? form : heading.text;
  }
  return declared.some((d) => isCutShort(d, heading)) ? heading.text : null;
}

/** A declared title cut short (length limits, a raw quote ending a meta attribute) is the start of the heading. */
function isCutShort(declared: Declared, heading: Heading): boolean {
  return (
    declared.key.length >= 20 &&
    heading.key.startsWith(declared.key) &&
    /[\s\p{P}]$/u.test(heading.text.slice(0, declared.text.length + 1))
  );
}

/** The form most of these same-worded titles share; on a tie the first (og:title comes first). */
function mostDeclaredForm(same: Declared[]): string {
  const counts = new Map<string, number>();
  for (const d of same) counts.set(d.text, (counts.get(d.text) ?? 0) + 1);
  let best = same[0]!.text;
  for (const [text, count] of counts) if (count > counts.get(best)!) best = text;
  return best;
}

const colons = (text: string): number => (text.match(/[:：|]/g) ?? []).length;

function declaredTitles(inputs: TitleInputs): Declared[] {
  const sources: Array<[string | null, Source]> = [
    [inputs.ogTitle, 'og'],
    [inputs.jsonLdHeadline, 'ld'],
    [inputs.twitterTitle, 'secondary'],
    ...inputs.otherMetaTitles.map((t): [string, Source] => [t, 'secondary']),
    [inputs.titleTag, 'secondary'],
  ];
  const siteKeys = new Set(inputs.siteNames.map(comparable));
  const out: Declared[] = [];
  for (const [raw, source] of sources) {
    if (typeof raw !== 'string' || clean(raw) === '') continue;
    const text = stripSiteName(raw, inputs.siteNames);
    const key = comparable(text);
    if (text !== '' && !siteKeys.has(key)) out.push({ text, key, source });
  }
  return out;
}

const isHeadline = (el: Element): boolean => el.localName === 'h1' || rawAttr(el, 'itemprop') === 'headline';

function headingCandidates(page: PageElements, document: Document, scope: Element | null): Heading[] {
  const seen = new Set<string>();
  const out: Heading[] = [];
  const add = (el: Element): void => {
    if (inFurniture(el)) return;
    const text = textOf(el);
    if (text.length < 3 || text.length > 400 || seen.has(text)) return;
    seen.add(text);
    out.push({ text, key: comparable(text), articleH1: el.localName === 'h1' && (scope?.contains(el) ?? false) });
  };
  const subheads: Element[] = [];
  for (const el of page.under(scope)) {
    if (isHeadline(el)) add(el);
    else if (el.localName === 'h2') subheads.push(el);
  }
  for (const el of page.under(document)) if (isHeadline(el)) add(el);
  for (const el of subheads) add(el);
  return out.slice(0, 12);
}
