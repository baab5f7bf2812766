/**
 * Most of a news page is navigation, promotions and footers around one article
 * container. When one container holds nearly all of the page's running text, the
 * rest of the body is cut away before Readability runs, which then reads, scores and
 * serialises a fraction of the page. The container is the headline's <article> (or
 * the articleBody's, or <main>), or the <article>/<main> with the most text, when it
 * holds most of the text (not counting other stories' <article>s); else the element
 * that one level after another holds almost all of it. Whatever Readability would have picked lies inside; what goes is what it
 * would have had to reject.
 */
import type { PageElements } from '../page-elements';
import { articleScope, inFurniture } from '../metadata/scope';
import type { Trace } from './prepare-page';

/** Share of the running text the page's declared article container must hold. */
const ARTICLE_SHARE = 0.7;
/** Share it must hold in any case, however much of the rest sits in other stories' <article>s. */
const MAJORITY = 0.5;
/** Share a child must hold for the search to go down into it. */
const DOMINANT_SHARE = 0.95;
/** Below this, Readability would search the whole page again anyway. */
const MIN_CHARS = 500;

export function trimToArticle(document: Document, page: PageElements, trace?: Trace): void {
  const body = document.body;
  if (!body) return;
  const textUnder = runningTextCounter(page, body);
  const total = textUnder(body);
  const declared = [articleScope(document, page), largestArticle(page, body, textUnder)];
  const holdsMost = (el: Element | null): el is Element => {
    if (!el || el === body || !body.contains(el)) return false;
    const inside = textUnder(el);
    if (inside < MIN_CHARS) return false;
    if (!declared.includes(el)) return inside >= total * DOMINANT_SHARE;
    if (inside >= total * ARTICLE_SHARE) return true;
    // Other stories' <article> teasers are not this article's text: discount them, while it holds a majority.
    return inside >= total * MAJORITY && inside >= (total - otherStories(page, body, el, textUnder)) * ARTICLE_SHARE;
  };
  const container = [...declared, dominantContainer(body, textUnder, total)].find(holdsMost);
  if (!container) return;
  for (let node: Element = container; node !== body && node.parentElement; node = node.parentElement) {
    for (const sibling of Array.from(node.parentElement.children)) {
      if (sibling === node || holdsJsonLd(sibling)) continue;
      trace?.('outside-article', sibling.textContent ?? '');
      sibling.remove();
    }
  }
}

/**
 * Characters of running text (paragraphs, and list items that are neither page
 * furniture nor links: a summary's bullet points) under an element, answered from prefix sums over the
 * page's element order.
 */
function runningTextCounter(page: PageElements, body: Element): (root: Element) => number {
  const positions: number[] = [];
  const sums: number[] = [0];
  for (const el of page.under(body)) {
    const length = runningTextLength(el);
    if (length === 0) continue;
    positions.push(page.positionOf(el)!);
    sums.push(sums[sums.length - 1]! + length);
  }
  const firstAtOrAfter = (position: number): number => {
    let lo = 0;
    let hi = positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (root) => {
    const span = page.spanOf(root);
    return span ? sums[firstAtOrAfter(span.end)]! - sums[firstAtOrAfter(span.start + 1)]! : 0;
  };
}

/** The element's own running text: a paragraph's, or a list item's unless it is furniture, a menu entry or a link. */
function runningTextLength(el: Element): number {
  const tag = el.localName;
  if (tag === 'p') return visibleLength(el);
  if (tag !== 'li' || inFurniture(el) || el.getElementsByTagName('p').length > 0) return 0;
  const length = visibleLength(el);
  let links = 0;
  for (const a of el.getElementsByTagName('a')) links += visibleLength(a);
  return links * 2 >= length ? 0 : length;
}

/** Characters other than white space (markup indentation would otherwise count). */
function visibleLength(el: Element): number {
  const text = el.textContent ?? '';
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 160) count++;
  }
  return count;
}

/** The page's <article> or <main> holding the most running text (a teaser's <article> can come first). */
function largestArticle(page: PageElements, body: Element, textUnder: (el: Element) => number): Element | null {
  let best: Element | null = null;
  let most = 0;
  for (const el of page.under(body)) {
    if (el.localName !== 'article' && el.localName !== 'main') continue;
    const text = textUnder(el);
    if (text > most) [best, most] = [el, text];
  }
  return best;
}

/** Text in <article> elements beside the container: other stories' teasers. */
function otherStories(page: PageElements, body: Element, container: Element, textUnder: (el: Element) => number): number {
  let text = 0;
  let skipUntil = -1;
  page.under(body).forEach((el, i) => {
    if (i < skipUntil || el.localName !== 'article' || el === container || el.contains(container) || container.contains(el)) return;
    text += textUnder(el);
    skipUntil = i + 1 + page.under(el).length;
  });
  return text;
}

/** From body down, the child holding almost all of the running text, as deep as that goes. */
function dominantContainer(body: Element, textUnder: (el: Element) => number, total: number): Element | null {
  let node = body;
  for (;;) {
    const child = Array.from(node.children).find((c) => textUnder(c) >= total * DOMINANT_SHARE);
    if (!child) return node === body ? null : node;
    node = child;
  }
}

/** Readability reads JSON-LD anywhere in the page for its byline and title. */
function holdsJsonLd(el: Element): boolean {
  const scripts = el.localName === 'script' ? [el] : Array.from(el.getElementsByTagName('script'));
  return scripts.some((s) => (s.getAttribute('type') ?? '').toLowerCase().includes('ld+json'));
}
