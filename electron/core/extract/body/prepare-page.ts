/**
 * The page made ready for Readability, from one walk over its elements: stray nodes
 * moved into <body>, streamed chunks swapped in, consent overlays removed, embedded
 * posts lifted out of their wrappers. A walk tests each element once with plain
 * string checks, where a selector per step would walk the whole page each time.
 */
import { PageElements } from '../page-elements';
import { rawAttr } from '../raw-attr';

export type Trace = (rule: string, text: string) => void;

interface Found {
  chunks: Element[];
  overlays: Element[];
  embeds: Element[];
}

const EMBED_CLASS = /twitter-tweet|instagram-media|tiktok-embed/;
const OVERLAY_WORD = /cookie|consent/i;

/**
 * `page` lists the document's elements as they were before; they are listed again if
 * the tree had to be repaired. Returns the list that describes the repaired tree.
 */
export function preparePage(document: Document, page: PageElements, trace?: Trace): PageElements {
  const listed = normaliseTree(document) ? new PageElements(document) : page;
  const found = collect(document, listed);
  resolveStreamedChunks(document, found.chunks);
  removeOverlays(document.body, found.overlays, trace);
  protectEmbeds(found.embeds);
  return listed;
}

function collect(document: Document, page: PageElements): Found {
  const found: Found = { chunks: [], overlays: [], embeds: [] };
  for (const el of page.under(document)) {
    const tag = el.localName;
    if (tag === 'div' && rawAttr(el, 'id')?.startsWith('S:') && el.hasAttribute('hidden')) found.chunks.push(el);
    else if (tag === 'blockquote' && EMBED_CLASS.test(rawAttr(el, 'class') ?? '')) found.embeds.push(el);
  }
  found.overlays = page.under(document.body).filter(isOverlay);
  return found;
}

function isOverlay(el: Element): boolean {
  const id = rawAttr(el, 'id');
  const cls = rawAttr(el, 'class');
  if (id !== null && (id.includes('onetrust') || OVERLAY_WORD.test(id))) return true;
  if (cls !== null && (cls.includes('onetrust') || OVERLAY_WORD.test(cls))) return true;
  const role = rawAttr(el, 'role');
  return rawAttr(el, 'aria-modal') === 'true' || role === 'dialog' || role === 'alertdialog';
}

/**
 * linkedom keeps content that follows a stray </body> or </html> outside <body>;
 * Readability walks up to BODY and fails on such nodes. Move them into the body.
 */
function normaliseTree(document: Document): boolean {
  const html = document.documentElement;
  const body = document.body;
  if (!html || !body) return false;
  let moved = false;
  for (const child of Array.from(html.childNodes)) {
    if (child === body || (child as Element).tagName === 'HEAD') continue;
    body.appendChild(child);
    moved = true;
  }
  return moved;
}

/**
 * React streaming SSR sends late content in hidden `<div hidden id="S:n">` chunks that a
 * script swaps into `<template id="B:n">` placeholders. Scripts never run here: do the swap.
 */
function resolveStreamedChunks(document: Document, chunks: Element[]): void {
  for (const chunk of chunks) {
    const id = chunk.getAttribute('id')!.slice(2);
    const placeholder = document.getElementById(`B:${id}`);
    if (placeholder) {
      const parent = placeholder.parentNode;
      if (!parent) continue;
      while (chunk.firstChild) parent.insertBefore(chunk.firstChild, placeholder);
      placeholder.remove();
      chunk.remove();
    } else {
      chunk.removeAttribute('hidden');
    }
  }
}

/**
 * Cookie banners and consent dialogs can outweigh a short article in Readability's
 * scoring (long legal text in paragraphs): drop them before it runs.
 */
function removeOverlays(body: HTMLElement | null, overlays: Element[], trace?: Trace): void {
  if (!body) return;
  let total = -1;
  for (const el of overlays) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') continue;
    const length = (el.textContent ?? '').length;
    if (length > 2000) {
      if (total < 0) total = (body.textContent ?? '').length;
      if (length > total * 0.3) continue;
    }
    trace?.('overlay', el.textContent ?? '');
    el.remove();
  }
}

/**
 * Readability drops the wrappers of embedded posts (classed "social"/"embed", link-dense),
 * but their text is quoted body: lift each embed out of its single-child wrappers.
 */
function protectEmbeds(embeds: Element[]): void {
  for (const quote of embeds) {
    let outer: Element = quote;
    for (let el = quote.parentElement; el && el.tagName !== 'BODY' && el.tagName !== 'ARTICLE'; el = el.parentElement) {
      if (el.children.length !== 1 && !(el.children.length <= 2 && el.querySelector('script'))) break;
      if (/^(P|DIV|SPAN|FIGURE|SECTION)$/.test(el.tagName) === false) break;
      outer = el;
    }
    if (outer !== quote) outer.replaceWith(quote);
  }
}
