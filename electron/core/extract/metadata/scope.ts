/**
 * Where the article is on the page: its container, its header area, and the
 * page furniture (nav, footers, related-story lists, comments) to ignore.
 */
import { selectAll, selectOne, textOf } from './text';

const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'noscript', 'template']);
const FURNITURE_ROLES = /^(?:navigation|complementary|contentinfo|banner)$/i;
const FURNITURE_CLASS =
  /(?:^|[\s_-])(?:comments?|related|recommend\w*|teasers?|newsletter|sidebar|footer|promos?|promotions?|more-stories|trending|outbrain|taboola|share|sharing|social|breadcrumbs?|navigation|navbar|menu|most-read|mostread|onward\w*)(?:$|[\s_-])/i;

/** True when the element sits in page furniture (nav, footer, aside, comments, related lists…) rather than the article. */
export function inFurniture(element: Element): boolean {
  try {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const tag = node.tagName.toLowerCase();
      if (tag === 'body' || tag === 'html') return false;
      if (FURNITURE_TAGS.has(tag)) return true;
      if (FURNITURE_ROLES.test(node.getAttribute('role') ?? '')) return true;
      if (tag === 'article' || tag === 'main') continue;
      if (FURNITURE_CLASS.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`)) return true;
    }
  } catch {
    /* odd DOM: treat as content */
  }
  return false;
}

/** The element holding the article (first h1's <article>, itemprop=articleBody's, main…), or body. */
export function articleScope(document: Document): Element | null {
  const h1 = selectAll(document, 'h1').find((h) => !inFurniture(h) && textOf(h).length > 5);
  const fromH1 = h1?.closest('article, [itemtype*=Article], main, [role=main]');
  if (fromH1) return fromH1;
  const body = selectOne(document, '[itemprop=articleBody], [itemprop="articleBody text"]');
  const fromBody = body?.closest('article, [itemtype*=Article], main, [role=main]');
  if (fromBody) return fromBody;
  const article = selectAll(document, 'article').find((a) => !inFurniture(a));
  return article ?? selectOne(document, 'main, [role=main]') ?? document.body ?? document.documentElement;
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
