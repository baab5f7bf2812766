import { Readability } from '@mozilla/readability';
import { blockTexts } from './block-text';
import { isDateLine, judgeBlock, leafBlocks, removeJunkElements } from './boilerplate';
import { jsonLdParagraphs, readJsonLdArticleBody } from './json-ld';
import { PageElements } from '../page-elements';
import { foldedLength } from './folded-length';
import { preparePage } from './prepare-page';
import { trimToArticle } from './article-container';

export interface ExtractedBody {
  /** An element holding only the article body. */
  root: Element;
  /** The text of the first real paragraph of the body, or null. */
  firstParagraph: string | null;
}

export interface ExtractBodyOptions {
  /** Report what each rule removed (for tuning). */
  trace?: (rule: string, text: string) => void;
  /** The document's elements, when the caller has listed them already. */
  page?: PageElements;
}

export function extractBody(document: Document, url: string | null, options: ExtractBodyOptions = {}): ExtractedBody | null {
  void url;
  const trace = options.trace;
  const page = options.page ?? new PageElements(document);
  const jsonLdBody = readJsonLdArticleBody(document, page);
  trimToArticle(document, preparePage(document, page, trace), trace);
  const reader = new Readability<Element>(document, {
    serializer: (node) => node as Element,
    keepClasses: true,
    charThreshold: 500,
  });
  let article: ReturnType<typeof reader.parse> = null;
  try {
    article = reader.parse();
  } catch (error) {
    // Readability assumes a well-formed tree; a page it cannot walk falls back to JSON-LD.
    trace?.('readability-error', String(error));
  }
  let root = article?.content ?? null;
  if (root) trace?.('readability-picked', root.textContent ?? '');
  if (root && looksLikeIndex(root)) {
    trace?.('index-page', root.textContent ?? '');
    root = null;
  }
  if (root) cleanBody(root, trace, headlines(document, article?.title ?? null));
  let texts = root ? blockTexts(root) : [];
  const domText = texts.join('\n\n');
  if (jsonLdBody && jsonLdBody.length >= MIN_BODY_CHARS && shouldUseJsonLd(domText, jsonLdBody)) {
    trace?.('json-ld-fallback', jsonLdBody.slice(0, 200));
    root = buildFromParagraphs(document, jsonLdParagraphs(jsonLdBody));
    texts = blockTexts(root);
  } else if (domText.length < MIN_BODY_CHARS) {
    return null;
  }
  if (!root) return null;
  stripAttributes(root);
  const first = texts.find((text) => text.length >= 40 && /[.!?…:"”’)]$/.test(text)) ?? texts[0] ?? null;
  return { root, firstParagraph: first };
}

/** Below this many characters of body text the page has no article. */
const MIN_BODY_CHARS = 200;

/** Index and home pages: Readability's pick is mostly links. */
function looksLikeIndex(root: Element): boolean {
  const length = foldedLength(root.textContent ?? '');
  if (length === 0) return true;
  let links = 0;
  for (const a of root.querySelectorAll('a')) links += foldedLength(a.textContent ?? '');
  return links / length > 0.5;
}

/**
 * The JSON-LD body replaces the DOM extraction when the DOM holds a small part of it
 * (a teaser, a paywall stub, a script-rendered page), never when the DOM text is the larger.
 */
export function shouldUseJsonLd(domText: string, jsonLdText: string): boolean {
  const ld = trigrams(jsonLdText);
  if (ld.size < 30) return false;
  const dom = trigrams(domText);
  let shared = 0;
  for (const gram of ld) if (dom.has(gram)) shared++;
  return shared / ld.size < 0.5 && jsonLdText.length > domText.length * 0.8;
}

function trigrams(text: string): Set<string> {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []);
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

function buildFromParagraphs(document: Document, paragraphs: string[]): Element {
  const root = document.createElement('div');
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    root.appendChild(p);
  }
  return root;
}

const KEEP_ATTRIBUTES: Record<string, string[]> = {
  A: ['href', 'title'],
  IMG: ['src', 'alt', 'title', 'width', 'height', 'srcset'],
  TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan', 'scope'],
  OL: ['start'],
  BLOCKQUOTE: ['cite'],
};

/** Clean structure only: presentation and tracking attributes go. */
function stripAttributes(root: Element): void {
  for (const el of root.querySelectorAll('*')) {
    const keep = KEEP_ATTRIBUTES[el.tagName] ?? [];
    for (const name of el.getAttributeNames()) if (!keep.includes(name)) el.removeAttribute(name);
  }
}

function titleKey(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

const KEY_WORD = /[\p{L}\p{N}]+/gu;

/** titleKey(text), or null as soon as it would be longer than max: paragraphs are long, headlines short. */
function titleKeyUpTo(text: string, max: number): string | null {
  const lower = text.toLowerCase();
  let key = '';
  KEY_WORD.lastIndex = 0;
  for (let m = KEY_WORD.exec(lower); m; m = KEY_WORD.exec(lower)) {
    key = key ? `${key} ${m[0]}` : m[0];
    if (key.length > max) return null;
  }
  return key;
}

/** The page's headline in its usual places, as comparison keys. */
function headlines(document: Document, readabilityTitle: string | null): string[] {
  const out = new Set<string>();
  const add = (text: string | null | undefined): void => {
    const key = titleKey(text ?? '');
    if (key.split(' ').length >= 3) out.add(key);
  };
  add(readabilityTitle);
  add(document.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  add(document.querySelector('meta[name="twitter:title"]')?.getAttribute('content'));
  for (const h1 of document.querySelectorAll('h1')) add(h1.textContent);
  return [...out];
}

const RELATED_HEADING =
  /^(?:related|more|you (?:may|might) also (?:like|be interested)|read (?:more|also|next)|also read|recommended|popular|most (?:read|popular|viewed)|trending|latest|don't miss|see also|further reading|more (?:great|from|on|stories|news|in|about)|top stories|what to read next|keep reading|editor's picks|in case you missed it)\b/i;

export function cleanBody(root: Element, trace?: (rule: string, text: string) => void, titles: string[] = []): void {
  removeJunkElements(root, trace);
  // The headline repeated inside the body (an h2 over the text, a "title" paragraph).
  if (titles.length > 0) {
    const longest = Math.min(300, Math.max(...titles.map((t) => t.length)));
    for (const block of leafBlocks(root)) {
      const key = titleKeyUpTo(block.textContent ?? '', longest);
      if (key !== null && key.length > 0 && titles.includes(key)) {
        trace?.('headline', block.textContent ?? '');
        block.remove();
      }
    }
  }
  // Link lists (related stories, tag clouds): most of their text is links.
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    if (!isInside(list, root)) continue;
    const length = foldedLength(list.textContent ?? '');
    let links = 0;
    for (const a of list.getElementsByTagName('a')) links += foldedLength(a.textContent ?? '');
    if (length === 0 || (links / length > 0.7 && list.getElementsByTagName('li').length >= 2)) {
      trace?.('link-list', (list.textContent ?? '').replace(/\s+/g, ' ').trim());
      list.remove();
    }
  }
  // Headings that announce a related-stories block: drop them and the link-ish run after them.
  for (const heading of Array.from(root.querySelectorAll('h2, h3, h4, h5, h6, p'))) {
    if (!isInside(heading, root)) continue;
    const raw = heading.textContent ?? '';
    if (foldedLength(raw) > 60) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!RELATED_HEADING.test(text)) continue;
    if (heading.tagName === 'P' && /[.!?]["”’]?$/.test(text)) continue;
    const block = heading;
    let next = block.nextElementSibling;
    trace?.('related-heading', text);
    block.remove();
    while (next && (isLinkish(next) || isLinkList(next))) {
      const after = next.nextElementSibling;
      trace?.('related-run', next.textContent ?? '');
      next.remove();
      next = after;
    }
  }
  const blocks = leafBlocks(root);
  const kept: Element[] = [];
  for (const block of blocks) {
    const verdict = judgeBlock(block);
    if (verdict.junk) {
      trace?.(verdict.reason ?? 'block', block.textContent ?? '');
      block.remove();
    } else kept.push(block);
  }
  trimEdges(root, kept, trace);
  removeEmpty(root);
}

/** Whether `el` is still in the tree under `root` (the body root is detached, so isConnected is no use). */
function isInside(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (node === root) return true;
  return false;
}

/** A list whose every item links somewhere: a related-stories list even when items carry some plain text. */
function isLinkList(el: Element): boolean {
  if (el.tagName !== 'UL' && el.tagName !== 'OL') return false;
  const items = el.getElementsByTagName('li');
  if (items.length === 0) return false;
  for (const item of items) if (item.getElementsByTagName('a').length === 0) return false;
  return true;
}

function isLinkish(el: Element): boolean {
  const length = foldedLength(el.textContent ?? '');
  if (length === 0) return true;
  let links = 0;
  for (const a of el.getElementsByTagName('a')) links += foldedLength(a.textContent ?? '');
  if (el.tagName === 'A') links = length;
  return links / length > 0.6;
}

const TRAILING =
  /(?:©|\bcopyright\b|all rights reserved|\bfollow (?:us|him|her|them)\b|\bsign up\b|\bsubscribe\b|\bnewsletters?\b|\bhave a tip\b|\bis an? (?:[\p{L}-]+ ){0,3}(?:reporter|writer|correspondent|editor|contributor|journalist|columnist|producer|native)\b|^\(?(?:reporting|writing|editing|additional reporting|compiled) by\b|share (?:this|it) with|like this (?:story|article)|tell us what you think|click here|download (?:the|our) app|\bjoin our\b|\binbox\b|^source:|^tags?:|^topics?:|^filed under)/iu;

/** Drops junk at the edges: labels and stamps before the text, sign-offs after it. */
function trimEdges(root: Element, blocks: Element[], trace?: (rule: string, text: string) => void): void {
  // Leading: short labels (section names, "Review", bylines already gone) before the first sentence.
  for (const block of blocks) {
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    const words = text.split(' ').length;
    if (words >= 8 || text.length > 60 || /[.!?:;。！？：]["”’」]?$/.test(text) || /^H[2-6]$/.test(block.tagName)) break;
    if ((words <= 4 && text.length <= 40) || isDateLine(text)) {
      trace?.('lead-label', text);
      block.remove();
      continue;
    }
    break;
  }
  // Trailing: sign-offs, author bios, subscription prompts.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (!isInside(block, root)) continue;
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 400 && TRAILING.test(text)) {
      trace?.('trailing', text);
      block.remove();
      continue;
    }
    if (isLinkish(block) && text.length < 200) {
      trace?.('trailing-link', text);
      block.remove();
      continue;
    }
    break;
  }
}

const MEDIA = new Set(['img', 'picture', 'video', 'iframe', 'table']);
const KEEP_EMPTY = new Set(['img', 'br', 'hr']);

/**
 * Removes elements with neither text nor media inside, bottom-up in one pass. `visit`
 * tells whether an element's descendants hold text (as textContent reads it) and
 * media (as querySelector finds it: not inside a nested <template>).
 */
function removeEmpty(root: Element): void {
  const visit = (el: Element): { text: boolean; media: boolean } => {
    let text = false;
    let media = false;
    for (let node = el.firstChild; node; ) {
      const next = node.nextSibling;
      if (node.nodeType === 3 || node.nodeType === 4) {
        if (!text && (node.nodeValue ?? '').trim()) text = true;
      } else if (node.nodeType === 1) {
        const child = node as Element;
        const tag = child.localName;
        const inner = visit(child);
        if (!KEEP_EMPTY.has(tag) && !inner.text && !inner.media) child.remove();
        else {
          text ||= inner.text;
          media ||= MEDIA.has(tag) || (tag !== 'template' && inner.media);
        }
      }
      node = next;
    }
    return { text, media };
  };
  visit(root);
}
