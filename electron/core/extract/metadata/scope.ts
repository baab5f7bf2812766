/**
 * Where the article is on the page: its container, its header area, and the
 * page furniture (nav, footers, related-story lists, comments) to ignore.
 */
import type { PageElements } from '../page-elements';
import { rawAttr } from '../raw-attr';
import { textOf } from './text';

const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'noscript', 'template']);
const FURNITURE_ROLES = /^(?:navigation|complementary|contentinfo|banner)$/i;
const FURNITURE_CLASS =
  /(?:^|[\s_-])(?:comments?|related|recommend\w*|teasers?|newsletter|sidebar|footer|promos?|promotions?|more-stories|trending|outbrain|taboola|share|sharing|social|breadcrumbs?|navigation|navbar|menu|most-read|mostread|onward\w*)(?:$|[\s_-])/i;

/** True when the element sits in page furniture (nav, footer, aside, comments, related lists…) rather than the article. */
export function inFurniture(element: Element): boolean {
  try {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const tag = node.localName;
      if (tag === 'body' || tag === 'html') return false;
      if (FURNITURE_TAGS.has(tag)) return true;
      if (FURNITURE_ROLES.test(rawAttr(node, 'role') ?? '')) return true;
      if (tag === 'article' || tag === 'main') continue;
      if (FURNITURE_CLASS.test(`${rawAttr(node, 'class') ?? ''} ${rawAttr(node, 'id') ?? ''}`)) return true;
    }
  } catch {
    /* odd DOM: treat as content */
  }
  return false;
}

/** The element holding the article (first h1's <article>, itemprop=articleBody's, main…), or body. */
export function articleScope(document: Document, page: PageElements): Element | null {
  const all = page.under(document);
  const h1 = all.find((h) => h.localName === 'h1' && !inFurniture(h) && textOf(h).length > 5);
  const fromH1 = h1?.closest('article, [itemtype*=Article], main, [role=main]');
  if (fromH1) return fromH1;
  const body = all.find((el) => {
    const itemprop = rawAttr(el, 'itemprop');
    return itemprop === 'articleBody' || itemprop === 'articleBody text';
  });
  const fromBody = body?.closest('article, [itemtype*=Article], main, [role=main]');
  if (fromBody) return fromBody;
  const article = all.find((a) => a.localName === 'article' && !inFurniture(a));
  return article ?? all.find((el) => el.localName === 'main' || rawAttr(el, 'role') === 'main') ?? document.body ?? document.documentElement;
}

/** Document order: negative when a comes first. */
export function compareOrder(a: Element, b: Element): number {
  try {
    const pos = a.compareDocumentPosition(b);
    if (pos & 4) return -1;
    if (pos & 2) return 1;
  } catch {
    /* ignore */
  }
  return 0;
}
