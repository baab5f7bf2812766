/**
 * Author credits from byline markup: [itemprop=author], [rel=author], and
 * elements whose class or id says byline / author / writer / reporter.
 * Returns raw credit strings (split and cleaned by authors.ts).
 */
import type { PageElements } from '../page-elements';
import { hasToken, hasTokenIgnoringCase, rawAttr } from '../raw-attr';
import { inFurniture } from './scope';
import { attr, clean, leadingText, selectAll, selectOne, shortTextOf, textOf } from './text';

const BYLINE_CLASS = /byline|author|writer|reporter|journalist|autor|auteur/i;
const BYLINE_ID = /byline|author/i;

/** `[class*=byline i], [id*=author i], [data-testid*=byline i]`… */
function isBylineElement(el: Element): boolean {
  return BYLINE_CLASS.test(rawAttr(el, 'class') ?? '') || BYLINE_ID.test(rawAttr(el, 'id') ?? '') || BYLINE_ID.test(rawAttr(el, 'data-testid') ?? '');
}
const NOT_A_NAME = /(?:^|[-_\s])(?:img|image|avatar|photo|pic|bio|description|desc|social|follow|twitter|email|more|list-item-link|date|time)(?:$|[-_\s])/i;

function nameOfAuthorElement(el: Element): string {
  const nameEl = selectOne(el, '[itemprop=name]');
  if (nameEl) return clean(attr(nameEl, 'content') ?? textOf(nameEl));
  const content = attr(el, 'content');
  if (content) return clean(content);
  return textOf(el);
}

/** Credit strings from schema.org microdata and rel=author links, in page order. */
export function microdataAuthors(page: PageElements, scope: Element | null, document: Document): string[] {
  for (const root of [scope, document]) {
    const found: string[] = [];
    for (const el of page.under(root)) {
      const itemprop = rawAttr(el, 'itemprop');
      if (!hasToken(itemprop, 'author') && !hasToken(itemprop, 'creator')) continue;
      if (inFurniture(el) || el.parentElement?.closest('[itemprop~=author]')) continue;
      const name = nameOfAuthorElement(el);
      if (name && name.length <= 120) found.push(name);
    }
    if (found.length === 0) {
      for (const el of page.under(root)) {
        const tag = el.localName;
        if (tag !== 'a' && !(tag === 'link' && el.hasAttribute('title'))) continue;
        if (!hasTokenIgnoringCase(rawAttr(el, 'rel'), 'author') || inFurniture(el)) continue;
        const name = el.tagName.toLowerCase() === 'link' ? clean(attr(el, 'title')) : textOf(el);
        if (name && name.length <= 120) found.push(name);
      }
    }
    if (found.length > 0) return found;
  }
  return [];
}

/** Text of byline-class elements in the article, outermost first, short ones only. */
export function bylineTexts(page: PageElements, scope: Element | null, document: Document): string[] {
  for (const root of [scope, document]) {
    const elements = page.under(root).filter((el) => {
      if (!isBylineElement(el)) return false;
      const tag = el.tagName.toLowerCase();
      if (tag === 'img' || tag === 'script' || tag === 'style' || tag === 'meta' || tag === 'link' || tag === 'body' || tag === 'html') return false;
      const label = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
      if (NOT_A_NAME.test(label) && !/byline/i.test(label)) return false;
      const text = shortTextOf(el, 160);
      return text !== null && text.length >= 2 && !inFurniture(el);
    });
    // Keep the outermost of nested matches.
    const outer = elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
    const texts = outer.map((el) => bylineText(el)).filter((t) => t.length > 0);
    if (texts.length > 0) return texts.slice(0, 4);
  }
  return [];
}

const NOISE_CLASS =
  /(?:^|[\s_-])(?:date|time|timestamp|published|updated|reading|readtime|read-time|lesedauer|duration|hidden|sr-only|visually|visuallyhidden|share|social|follow|avatar|image|img|photo|icon|bio|description|job|role|title|position)(?:$|[\s_-])/i;
const NOISE_TAGS = 'time, script, style, svg, img, picture, figure, button, noscript, template';

/** Text of a byline element without dates, hidden labels, avatars, reading times. Works on a clone. */
function bylineText(el: Element): string {
  let copy: Element = el;
  try {
    copy = el.cloneNode(true) as Element;
    for (const child of selectAll(copy, NOISE_TAGS)) child.remove();
    for (const child of selectAll(copy, '[class], [aria-hidden=true], [hidden]')) {
      if (child.getAttribute('aria-hidden') === 'true' || child.hasAttribute('hidden') || NOISE_CLASS.test(rawAttr(child, 'class') ?? '')) child.remove();
    }
  } catch {
    copy = el;
  }
  const links = selectAll(copy, 'a').map(textOf).filter((t) => t.length >= 2 && t.length <= 60 && !/^https?:|@/.test(t));
  const result = textOf(copy).replace(/\b\d+\s*(?:min|mins|minutes?|minuten|minuti|minutos)\b\.?.*$/i, '').trim();
  // Links inside a byline are usually the authors' pages: prefer them when they cover the names.
  if (links.length > 0 && links.join(' ').length >= result.replace(/\b(?:by|von|par|and|und)\b/gi, '').length * 0.5) return links.join(', ');
  return clean(result);
}

const BY_LABEL = /^(?:by|von|par|por|door|av|af|autor(?:in)?)\s*:?\s+\p{Lu}/iu;

/** Short elements in the article whose text starts with a "By"/"Von:"/"Par" label. */
const LABELLED_TAGS = new Set(['p', 'li', 'div', 'span', 'address']);

const BLOCKS = new Set(['p', 'li', 'div']);

/** `el.querySelector('p, li, div')`, stopping at the first one. */
function hasBlockInside(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCKS.has(child.localName) || (child.localName !== 'template' && hasBlockInside(child))) return true;
  }
  return false;
}

export function labelledBylines(page: PageElements, scope: Element | null): string[] {
  const out: string[] = [];
  for (const el of page.under(scope)) {
    if (out.length >= 2) break;
    if (!LABELLED_TAGS.has(el.localName) || hasBlockInside(el)) continue;
    // The label is in the first few characters: most paragraphs are ruled out without reading further.
    const lead = leadingText(el, 20);
    if (!BY_LABEL.test(lead)) continue;
    const text = shortTextOf(el, 120);
    if (text === null || text.length < 5 || !BY_LABEL.test(text) || inFurniture(el)) continue;
    out.push(text);
  }
  return out;
}

/**
 * A credit set as the body's first paragraph, in bold only: "<p><strong>Jane Doe</strong></p>"
 * or "<p><strong>Jane Doe/John Roe</strong></p>" (common on smaller WordPress sites).
 */
export function boldParagraphByline(page: PageElements, scope: Element | null): string[] {
  let seen = 0;
  for (const p of page.under(scope)) {
    if (p.localName !== 'p') continue;
    const text = textOf(p);
    if (text.length === 0 || inFurniture(p)) continue;
    if (++seen > 4) break;
    const bold = selectAll(p, 'strong, b').map(textOf).join(' ');
    if (bold !== text || text.length > 70) {
      if (text.length > 80) break;
      continue;
    }
    const names = text.split(/\s*(?:\/|,|&|\band\b)\s*/);
    if (names.every((n) => /^(?:\p{Lu}[\p{L}'’.-]+)(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(n))) return [text];
  }
  return [];
}
