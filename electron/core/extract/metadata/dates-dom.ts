/**
 * Dates written in the page itself: <time datetime>, microdata
 * (itemprop=datePublished), and text such as "Published: 31 Mar. 2025, 11:10",
 * "입력 2025.03.31 11:10", "Veröffentlicht am 31.03.2025 um 11:10 Uhr". Those
 * in the article's header / byline area come first.
 */
import { type DateParts, findDatesInText, parseDateValue } from './date-parse';
import type { PageElements } from '../page-elements';
import { hasToken, rawAttr } from '../raw-attr';
import { inFurniture } from './scope';
import { attr, shortTextOf, textOf } from './text';

export interface PageDate {
  parts: DateParts;
  kind: 'published' | 'modified' | 'unknown';
  /** Higher is more trustworthy. */
  weight: number;
}

const PUBLISHED_LABEL = /(?:published|posted|first published|veröffentlicht|publiziert|erschienen|erstellt|stand|입력|등록|게재|publié|publicado|publicada|pubblicato|gepubliceerd|geplaatst|publicerad|publisert|publiceret|yayınlanma|yayın|опубликовано|配信|公開|掲載|發布|发布|created|date)\s*(?:on|am|le|el|il|at|:|\.)?\s*[:：]?\s*$/iu;
const MODIFIED_LABEL = /(?:updated?|last updated|modified|aktualisiert|geändert|수정|업데이트|mis à jour|modifié|actualizado|actualizada|aggiornato|bijgewerkt|uppdaterad|oppdatert|opdateret|güncelleme|güncellenme|обновлено|更新|最終更新)\s*(?:on|am|le|el|il|at|:|\.)?\s*[:：]?\s*$/iu;
const DATE_CLASS = /date|time|publish|posted|dateline|byline|meta|info|stamp|datum|fecha|data|zeit|tarih|article-header|article__header|author|technical|lineinfo/i;

export function classifyLabel(before: string): PageDate['kind'] {
  const tail = before.slice(-40);
  // "Veröffentlicht/Aktualisiert:" — one date for both: it is the publication date.
  if (/(?:published|veröffentlicht|publié|publicado|pubblicato|입력)\s*[/|]\s*\p{L}+\s*:?\s*$/iu.test(tail)) return 'published';
  if (MODIFIED_LABEL.test(tail)) return 'modified';
  if (PUBLISHED_LABEL.test(tail)) return 'published';
  return 'unknown';
}

function kindFromMarkup(el: Element): PageDate['kind'] {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const label = `${attr(node, 'class') ?? ''} ${attr(node, 'id') ?? ''} ${attr(node, 'itemprop') ?? ''} ${attr(node, 'data-testid') ?? ''}`;
    if (/modif|updat|aktualis|edited/i.test(label)) return 'modified';
    if (/publish|pubdate|created|posted|first/i.test(label)) return 'published';
  }
  const previous = el.previousSibling?.textContent ?? '';
  return classifyLabel(`${el.parentElement ? textBefore(el) : previous}`);
}

function textBefore(el: Element): string {
  const parentText = el.parentElement?.textContent ?? '';
  const own = el.textContent ?? '';
  const i = own ? parentText.indexOf(own) : -1;
  return i > 0 ? parentText.slice(Math.max(0, i - 40), i) : '';
}

/** Machine-readable dates in the markup: <time datetime>, itemprop=datePublished/dateModified. */
export function markupDates(page: PageElements, document: Document, scope: Element | null): PageDate[] {
  const out: PageDate[] = [];
  for (const el of page.under(document)) {
    if (!isDateMarkup(el)) continue;
    if (inFurniture(el)) continue;
    const raw = attr(el, 'datetime') ?? attr(el, 'content') ?? attr(el, 'title') ?? textOf(el);
    const parts = parseDateValue(raw);
    if (!parts) continue;
    const itemprop = (attr(el, 'itemprop') ?? '').toLowerCase();
    let kind: PageDate['kind'] = itemprop === 'datemodified' ? 'modified' : itemprop ? 'published' : kindFromMarkup(el);
    if (attr(el, 'pubdate') !== null && kind === 'unknown') kind = 'published';
    let weight = 1;
    if (scope?.contains(el)) weight += 2;
    if (itemprop) weight += 2;
    out.push({ parts, kind, weight });
  }
  return out;
}

/** `time[datetime], [itemprop=datePublished|dateModified|dateCreated], [pubdate], abbr.published[title]` */
function isDateMarkup(el: Element): boolean {
  const tag = el.localName;
  const itemprop = rawAttr(el, 'itemprop');
  return (
    (tag === 'time' && el.hasAttribute('datetime')) ||
    itemprop === 'datePublished' || itemprop === 'dateModified' || itemprop === 'dateCreated' ||
    el.hasAttribute('pubdate') ||
    (tag === 'abbr' && el.hasAttribute('title') && hasToken(rawAttr(el, 'class'), 'published'))
  );
}

const TEXT_DATE_TAGS = new Set(['time', 'span', 'div', 'p', 'li', 'dd', 'em', 'small', 'strong', 'a', 'header']);

/** Dates written as text in date/byline/meta elements of the article. */
export function textDates(page: PageElements, document: Document, scope: Element | null, monthFirst: boolean): PageDate[] {
  const out: PageDate[] = [];
  const seen = new Set<string>();
  for (const root of [scope, document.body]) {
    if (!root) continue;
    for (const el of page.under(root)) {
      if (!TEXT_DATE_TAGS.has(el.localName)) continue;
      const label = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
      if (el.tagName.toLowerCase() !== 'time' && !DATE_CLASS.test(label)) continue;
      const text = shortTextOf(el, 240);
      if (text === null || text.length < 6 || seen.has(text) || inFurniture(el)) continue;
      seen.add(text);
      for (const match of findDatesInText(text, { monthFirst })) {
        let kind = classifyLabel(text.slice(0, match.index));
        if (kind === 'unknown') kind = kindFromMarkup(el);
        out.push({ parts: match.parts, kind, weight: root === scope ? 1 : 0 });
      }
    }
    if (out.length > 0) break;
  }
  return out;
}

/** Labelled dates anywhere in the article text ("Published: …"), for pages with no date markup. */
export function labelledTextDates(scope: Element | null, monthFirst: boolean): PageDate[] {
  if (!scope) return [];
  const text = textOf(scope).slice(0, 6000);
  return findDatesInText(text, { monthFirst })
    .map((m) => ({ parts: m.parts, kind: classifyLabel(text.slice(Math.max(0, m.index - 40), m.index)), weight: 0 }))
    .filter((d) => d.kind !== 'unknown');
}
