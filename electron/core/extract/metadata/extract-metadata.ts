/**
 * extractMetadata(document, url): everything Dossier knows about an article
 * besides its body, read from JSON-LD, meta tags, byline/date markup and text.
 * Runs before body extraction; only reads the DOM (never mutates it) and never
 * throws — a malformed part is skipped.
 */
import { type ArticleMetadata, EMPTY_METADATA } from '../../../../shared/domain/article-metadata';
import { dedupeNames, isAgency, splitAuthors } from './authors';
import { boldParagraphByline, bylineTexts, labelledBylines, microdataAuthors } from './byline-dom';
import { type DateCandidate, resolveDate } from './choose-date';
import { parseDateValue, roughEpoch } from './date-parse';
import { datelineAndCredit } from './dateline-and-credit';
import { labelledTextDates, markupDates, type PageDate, textDates } from './dates-dom';
import { type JsonLdResult, readJsonLd } from './json-ld';
import { leadImage } from './lead-image';
import { AUTHOR_KEYS, MetaTags, MODIFIED_KEYS, PUBLISHED_KEYS } from './meta-tags';
import { chooseOutlet, siteDomainOf } from './outlet';
import { articleScope, inFurniture } from './scope';
import { PageElements } from '../page-elements';
import { hasToken, hasTokenIgnoringCase, rawAttr } from '../raw-attr';
import { chooseTitle } from './title';
import { attr, clean, cleanOrNull, comparable, textOf } from './text';

export { datelineAndCredit } from './dateline-and-credit';
export type { DatelineAndCredit } from './dateline-and-credit';

/** `page`: the document's elements when the caller has listed them already. */
export function extractMetadata(document: Document, url: string | null, page?: PageElements): ArticleMetadata {
  try {
    return extract(document, url, page ?? new PageElements(document));
  } catch {
    return { ...EMPTY_METADATA, authors: [], siteDomain: siteDomainOf(url) };
  }
}

function extract(document: Document, url: string | null, page: PageElements): ArticleMetadata {
  const meta = new MetaTags(document, page);
  let jsonLd: JsonLdResult = { article: null, siteNames: [] };
  try {
    jsonLd = readJsonLd(document, page);
  } catch {
    /* skipped */
  }
  const ld = jsonLd.article;
  const scope = articleScope(document, page);
  const canonicalUrl = canonicalOf(page, document, meta, ld?.url ?? null, url);
  const siteDomain = siteDomainOf(url) ?? siteDomainOf(canonicalUrl);
  const outlet = chooseOutlet(ld?.publisher ?? null, meta, jsonLd.siteNames, siteDomain);
  const siteNames = [outlet, meta.first('og:site_name'), meta.first('application-name'), ld?.publisher ?? null, ...jsonLd.siteNames, siteDomain, siteDomain?.split('.')[0] ?? null]
    .filter((s): s is string => typeof s === 'string' && s.trim() !== '');
  const lang = cleanOrNull(attr(document.documentElement, 'lang')) ?? ld?.lang ?? localeToLang(meta.first('og:locale', 'content-language', 'dc.language', 'language'));

  const title = chooseTitle(page, document, scope, {
    jsonLdHeadline: ld?.headline ?? null,
    ogTitle: meta.first('og:title'),
    twitterTitle: meta.first('twitter:title'),
    otherMetaTitles: meta.all('parsely-title', 'sailthru.title', 'dc.title', 'citation_title', 'headline', 'title'),
    titleTag: textOf(titleElement(page, document)),
    siteNames,
  });

  const monthFirst = /^en-us/i.test(lang ?? '') || /\.com$|\.us$/.test(siteDomain ?? '');
  const { published, modified } = chooseDates(page, document, scope, meta, ld?.datePublished ?? null, ld?.dateModified ?? null, monthFirst);

  const firstParagraph = firstSubstantialParagraph(page, scope);
  const { dateline, credit } = firstParagraph ? datelineAndCredit(firstParagraph) : { dateline: null, credit: null };

  return {
    title,
    subtitle: cleanOrNull(ld?.alternativeHeadline) ?? cleanOrNull(meta.first('og:description', 'description', 'twitter:description')) ?? cleanOrNull(ld?.description),
    authors: chooseAuthors(page, document, scope, meta, jsonLd, siteNames),
    outlet,
    siteDomain,
    section: cleanOrNull(ld?.section) ?? cleanOrNull(meta.first('article:section', 'parsely-section', 'sailthru.section', 'cxenseparse:recs:articlesection', 'section', 'category', 'dc.subject')),
    published,
    modified,
    lang,
    canonicalUrl,
    dateline,
    credit,
    leadImage: safe(() => leadImage(page, document, scope, meta, ld?.image ?? null, canonicalUrl ?? url), null),
  };
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function localeToLang(locale: string | null): string | null {
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?$/i.exec(locale?.trim() ?? '');
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].toUpperCase()}` : m[1]!.toLowerCase();
}

/** `head title`, else the first `title`. */
function titleElement(page: PageElements, document: Document): Element | null {
  const titles = page.under(document).filter((el) => el.localName === 'title');
  return titles.find((el) => el.closest('head')) ?? titles[0] ?? null;
}

function canonicalOf(page: PageElements, document: Document, meta: MetaTags, ldUrl: string | null, url: string | null): string | null {
  const link = page.under(document).find((el) => el.localName === 'link' && el.hasAttribute('href') && hasTokenIgnoringCase(rawAttr(el, 'rel'), 'canonical'));
  const raw = attr(link, 'href') ?? meta.first('og:url') ?? ldUrl;
  if (!raw) return null;
  try {
    const resolved = url ? new URL(raw, url) : new URL(raw);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : null;
  } catch {
    return null;
  }
}

const isComplete = (candidate: DateCandidate | undefined): boolean => candidate !== undefined && candidate.parts.hour !== null && candidate.parts.offset !== null;

function chooseDates(
  page: PageElements, document: Document, scope: Element | null, meta: MetaTags, ldPublished: string | null, ldModified: string | null, monthFirst: boolean,
): { published: string | null; modified: string | null } {
  const published: DateCandidate[] = [];
  const modified: DateCandidate[] = [];
  const push = (list: DateCandidate[], raw: string | null, source: string): void => {
    const parts = parseDateValue(raw);
    if (parts) list.push({ parts, source });
  };
  push(published, ldPublished, 'json-ld');
  for (const value of meta.all(...PUBLISHED_KEYS)) push(published, value, 'meta');
  push(modified, ldModified, 'json-ld');
  for (const value of meta.all(...MODIFIED_KEYS)) push(modified, value, 'meta');

  const fromPage = (dates: PageDate[], source: string): void => {
    const sorted = [...dates].sort((a, b) => b.weight - a.weight);
    for (const d of sorted) if (d.kind !== 'modified') published.push({ parts: d.parts, source });
    for (const d of sorted) if (d.kind === 'modified') modified.push({ parts: d.parts, source });
  };
  // The first candidate wins; the page's own dates only fill in what it leaves open (time, offset, a missing date).
  if (!isComplete(published[0]) || !isComplete(modified[0])) {
    fromPage(safe(() => markupDates(page, document, scope), []), 'markup');
    const text = safe(() => textDates(page, document, scope, monthFirst), []);
    // Labelled "Published"/"입력" text outranks unlabelled text.
    fromPage([...text.filter((d) => d.kind === 'published'), ...text.filter((d) => d.kind !== 'published')], 'text');
    if (published.length === 0) fromPage(safe(() => labelledTextDates(scope, monthFirst), []), 'labelled');
  }

  // A page that dates itself only as "updated" was first published no later than that:
  // the earliest such date stands in for the publication date.
  const publishedOrUpdated = published.length > 0 ? published : [...modified].sort((a, b) => roughEpoch(a.parts) - roughEpoch(b.parts)).slice(0, 1);
  return { published: resolveDate(publishedOrUpdated, modified), modified: resolveDate(modified, published) };
}

function chooseAuthors(page: PageElements, document: Document, scope: Element | null, meta: MetaTags, jsonLd: JsonLdResult, siteNames: string[]): string[] {
  const siteKeys = new Set(siteNames.map(comparable).filter(Boolean));
  const isSite = (name: string): boolean => {
    const key = comparable(name);
    if (siteKeys.has(key)) return true;
    for (const site of siteKeys) if (site.length >= 4 && (key.includes(site) || (key.length >= 4 && site.includes(key)))) return true;
    return false;
  };
  // A credit that starts with the outlet ("hessenschau.de, Frankfurt, Germany") is the outlet's.
  const split = (raw: string): string[] => {
    const names = splitAuthors(raw);
    return names[0] !== undefined && isSite(names[0]) ? [names[0]] : names;
  };
  // Each source is read only when the ones before it named no person.
  const ld = jsonLd.article;
  const sources: Array<() => string[]> = [
    () => (ld ? dedupeNames(ld.authors.flatMap((a) => (a.isOrganization ? [a.name] : split(a.name)))) : []),
    () => safe(() => microdataAuthors(page, scope, document), []).flatMap(split),
    () => meta.all(...AUTHOR_KEYS).filter((v) => !/^https?:\/\/|^www\.|\.(?:com|org|net)\//i.test(v)).flatMap(split),
    () => safe(() => bylineTexts(page, scope, document), []).flatMap(split),
    () => safe(() => labelledBylines(page, scope), []).flatMap(split),
    () => safe(() => boldParagraphByline(page, scope), []).flatMap(split),
  ];

  let fallback: string[] = [];
  for (const source of sources) {
    const names = dedupeNames(source());
    if (names.length === 0) continue;
    const people = names.filter((n) => !isSite(n));
    if (people.length > 0) return people.slice(0, 12);
    if (fallback.length === 0) fallback = names;
  }
  // Only the outlet or an agency is credited (e.g. "Associated Press"): that is the credit.
  return fallback.filter((n, i) => i === 0 || isAgency(n)).slice(0, 3);
}

const BODY_CLASS = /article-body|articlebody|article__body|story-body|storybody|entry-content|post-content|article-content|article__content|text-body|body-text/i;
const NOT_BODY_TAGS = new Set(['figure', 'figcaption', 'header']);
const NOT_BODY_CLASS = /byline|caption|author|carousel|slide|media|photo|gallery/i;

/** `[itemprop~=articleBody], [class*=article-body i], [class*=RichTextBody]`… */
function isBodyContainer(el: Element): boolean {
  const cls = rawAttr(el, 'class') ?? '';
  return hasToken(rawAttr(el, 'itemprop'), 'articleBody') || BODY_CLASS.test(cls) || cls.includes('RichTextBody');
}

/** Inside (or itself) a figure, caption, header, byline, gallery…: not running text. Paragraphs share ancestors: answers are remembered. */
function inNotBody(el: Element | null, seen: Map<Element, boolean>): boolean {
  if (!el) return false;
  let answer = seen.get(el);
  if (answer === undefined) {
    answer = NOT_BODY_TAGS.has(el.localName) || NOT_BODY_CLASS.test(rawAttr(el, 'class') ?? '') || inNotBody(el.parentElement, seen);
    seen.set(el, answer);
  }
  return answer;
}

/** The first paragraph of at least 60 characters in the article body (captions and bylines skipped). */
function firstSubstantialParagraph(page: PageElements, scope: Element | null): string | null {
  const containers = page.under(scope).filter((c) => isBodyContainer(c) && !inFurniture(c));
  const notBody = new Map<Element, boolean>();
  for (const root of [...containers.slice(0, 3), scope]) {
    for (const p of page.under(root)) {
      if (p.localName !== 'p' || inFurniture(p) || inNotBody(p, notBody)) continue;
      const text = clean(p.textContent ?? '');
      if (text.length >= 60) return text;
    }
  }
  return null;
}
