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
import { chooseTitle } from './title';
import { attr, clean, cleanOrNull, comparable, selectAll, selectOne, textOf } from './text';

export { datelineAndCredit } from './dateline-and-credit';
export type { DatelineAndCredit } from './dateline-and-credit';

export function extractMetadata(document: Document, url: string | null): ArticleMetadata {
  try {
    return extract(document, url);
  } catch {
    return { ...EMPTY_METADATA, authors: [], siteDomain: siteDomainOf(url) };
  }
}

function extract(document: Document, url: string | null): ArticleMetadata {
  const meta = new MetaTags(document);
  let jsonLd: JsonLdResult = { article: null, siteNames: [] };
  try {
    jsonLd = readJsonLd(document);
  } catch {
    /* skipped */
  }
  const ld = jsonLd.article;
  const scope = articleScope(document);
  const canonicalUrl = canonicalOf(document, meta, ld?.url ?? null, url);
  const siteDomain = siteDomainOf(url) ?? siteDomainOf(canonicalUrl);
  const outlet = chooseOutlet(ld?.publisher ?? null, meta, jsonLd.siteNames, siteDomain);
  const siteNames = [outlet, meta.first('og:site_name'), meta.first('application-name'), ld?.publisher ?? null, ...jsonLd.siteNames, siteDomain, siteDomain?.split('.')[0] ?? null]
    .filter((s): s is string => typeof s === 'string' && s.trim() !== '');
  const lang = cleanOrNull(attr(document.documentElement, 'lang')) ?? ld?.lang ?? localeToLang(meta.first('og:locale', 'content-language', 'dc.language', 'language'));

  const title = chooseTitle(document, scope, {
    jsonLdHeadline: ld?.headline ?? null,
    ogTitle: meta.first('og:title'),
    twitterTitle: meta.first('twitter:title'),
    otherMetaTitles: meta.all('parsely-title', 'sailthru.title', 'dc.title', 'citation_title', 'headline', 'title'),
    titleTag: textOf(selectOne(document, 'head title') ?? selectOne(document, 'title')),
    siteNames,
  });

  const monthFirst = /^en-us/i.test(lang ?? '') || /\.com$|\.us$/.test(siteDomain ?? '');
  const { published, modified } = chooseDates(document, scope, meta, ld?.datePublished ?? null, ld?.dateModified ?? null, monthFirst);

  const firstParagraph = firstSubstantialParagraph(scope);
  const { dateline, credit } = firstParagraph ? datelineAndCredit(firstParagraph) : { dateline: null, credit: null };

  return {
    title,
    subtitle: cleanOrNull(ld?.alternativeHeadline) ?? cleanOrNull(meta.first('og:description', 'description', 'twitter:description')) ?? cleanOrNull(ld?.description),
    authors: chooseAuthors(document, scope, meta, jsonLd, siteNames),
    outlet,
    siteDomain,
    section: cleanOrNull(ld?.section) ?? cleanOrNull(meta.first('article:section', 'parsely-section', 'sailthru.section', 'cxenseparse:recs:articlesection', 'section', 'category', 'dc.subject')),
    published,
    modified,
    lang,
    canonicalUrl,
    dateline,
    credit,
    leadImage: safe(() => leadImage(document, scope, meta, ld?.image ?? null, canonicalUrl ?? url), null),
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

function canonicalOf(document: Document, meta: MetaTags, ldUrl: string | null, url: string | null): string | null {
  const raw = attr(selectOne(document, 'link[rel~=canonical][href]'), 'href') ?? meta.first('og:url') ?? ldUrl;
  if (!raw) return null;
  try {
    const resolved = url ? new URL(raw, url) : new URL(raw);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : null;
  } catch {
    return null;
  }
}

function chooseDates(
  document: Document, scope: Element | null, meta: MetaTags, ldPublished: string | null, ldModified: string | null, monthFirst: boolean,
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
  fromPage(safe(() => markupDates(document, scope), []), 'markup');
  const text = safe(() => textDates(document, scope, monthFirst), []);
  // Labelled "Published"/"입력" text outranks unlabelled text.
  fromPage([...text.filter((d) => d.kind === 'published'), ...text.filter((d) => d.kind !== 'published')], 'text');
  if (published.length === 0) fromPage(safe(() => labelledTextDates(scope, monthFirst), []), 'labelled');

  // A page that dates itself only as "updated" was first published no later than that:
  // the earliest such date stands in for the publication date.
  const publishedOrUpdated = published.length > 0 ? published : [...modified].sort((a, b) => roughEpoch(a.parts) - roughEpoch(b.parts)).slice(0, 1);
  return { published: resolveDate(publishedOrUpdated, modified), modified: resolveDate(modified, published) };
}

function chooseAuthors(document: Document, scope: Element | null, meta: MetaTags, jsonLd: JsonLdResult, siteNames: string[]): string[] {
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
  const sources: string[][] = [];
  const ld = jsonLd.article;
  if (ld) {
    sources.push(dedupeNames(ld.authors.flatMap((a) => (a.isOrganization ? [a.name] : split(a.name)))));
  }
  sources.push(safe(() => microdataAuthors(scope, document), []).flatMap(split));
  const metaAuthors = meta.all(...AUTHOR_KEYS).filter((v) => !/^https?:\/\/|^www\.|\.(?:com|org|net)\//i.test(v));
  sources.push(metaAuthors.flatMap(split));
  sources.push(safe(() => bylineTexts(scope, document), []).flatMap(split));
  sources.push(safe(() => labelledBylines(scope), []).flatMap(split));
  sources.push(safe(() => boldParagraphByline(scope), []).flatMap(split));

  let fallback: string[] = [];
  for (const list of sources) {
    const names = dedupeNames(list);
    if (names.length === 0) continue;
    const people = names.filter((n) => !isSite(n));
    if (people.length > 0) return people.slice(0, 12);
    if (fallback.length === 0) fallback = names;
  }
  // Only the outlet or an agency is credited (e.g. "Associated Press"): that is the credit.
  return fallback.filter((n, i) => i === 0 || isAgency(n)).slice(0, 3);
}

const BODY_CONTAINERS =
  '[itemprop~=articleBody], [class*=article-body i], [class*=articlebody i], [class*=article__body i], [class*=story-body i], ' +
  '[class*=storybody i], [class*=RichTextBody], [class*=entry-content i], [class*=post-content i], [class*=article-content i], ' +
  '[class*=article__content i], [class*=text-body i], [class*=body-text i]';
const NOT_BODY = 'figure, figcaption, header, [class*=byline i], [class*=caption i], [class*=author i], [class*=carousel i], [class*=slide i], [class*=media i], [class*=photo i], [class*=gallery i]';

/** The first paragraph of at least 60 characters in the article body (captions and bylines skipped). */
function firstSubstantialParagraph(scope: Element | null): string | null {
  const containers = selectAll(scope, BODY_CONTAINERS).filter((c) => !inFurniture(c));
  for (const root of [...containers.slice(0, 3), scope]) {
    for (const p of selectAll(root, 'p')) {
      if (inFurniture(p) || p.closest(NOT_BODY)) continue;
      const text = clean(p.textContent ?? '');
      if (text.length >= 60) return text;
    }
  }
  return null;
}
