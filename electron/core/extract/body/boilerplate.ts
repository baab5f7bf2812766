/**
 * General boilerplate rules applied to the extracted body (a small tree, so every
 * rule here is one pass over it). Rules are keyed on markup patterns (class/id
 * tokens) and on the text of whole blocks; none knows a site.
 */

import { rawAttr } from '../raw-attr';
import { foldedLength } from './folded-length';

/** Class/id tokens (after camelCase → kebab) that mark non-body furniture. */
const JUNK_TOKEN =
  /(?:^|[\s_-])(?:share|shares|sharing|sharebar|social|socials|related|recommend\w*|newsletters?|subscribe\w*|subscription|promo\w*|ad|ads|advert\w*|adslot|dfp|sponsor\w*|comments?|byline\w*|author\w*|bio|tags?|tag-list|topics|keywords|breadcrumbs?|caption\w*|credits?|copyright|timestamp|dateline|published|meta|toolbar|outbrain|taboola|popup|modal|cookies?|consent|gdpr|signup|print|nav|navigation|menu|skip|sr-only|visually-hidden|screen-reader\w*|off-screen|offscreen|hidden|hide|inline-related|see-also|read-more|readmore|also-read|most-popular|most-read|trending|more-stories|more-from|recirc\w*|teaser\w*|widget\w*|video-player|slideshow\w*|gallery-nav|pagination|pager|cta|header|masthead|kicker|eyebrow|standfirst|dek|subhead|sub-headline|subheadline|summary-box)(?=$|[\s_-])/;
/** Containers that are the article body itself, whatever else their class says. */
const BODY_TOKEN = /article-?body|story-?body|entry-content|post-content|post-body|article-content|main-content|body-text|article-text|articletext|story-content|rich-text|richtext|paywall/;

/** Image containers: their text is a caption or a credit. */
const MEDIA_TOKEN = /(?:^|[\s_-])(?:image|images|img|photo|photos|picture|figure|media|inline-image|image-embed|imageembed|lead-art|lede-art|gallery)(?=$|[\s_-])/;

/** Keeps only the images of a media container, and a <figure>'s own caption. */
function stripToImages(el: Element): void {
  const images = Array.from(el.querySelectorAll('img'));
  const caption = el.tagName.toUpperCase() === 'FIGURE' ? el.querySelector('figcaption') : null;
  while (el.firstChild) el.firstChild.remove();
  for (const img of images) el.appendChild(img);
  if (caption && images.length > 0) el.appendChild(caption);
}

/** Hover cards: a link plus a popup (bio, photo, more links) shown on hover. */
const HOVER_TOKEN = /rollover|tooltip|popover|hover-?card|hover-?box/;

/**
 * A hover-card wrapper that starts with its trigger link keeps the link and loses the popup
 * (returns true); a bare popup is removed by the caller (returns false).
 */
function stripHoverCard(el: Element): boolean {
  const first = el.firstElementChild;
  const lead = (el.firstChild?.nodeType === 3 ? (el.firstChild.nodeValue ?? '').trim() : '');
  if (!first || first.tagName !== 'A' || lead) return false;
  while (first.nextSibling) first.nextSibling.remove();
  return true;
}

/** Elements that never belong to a body. */
const JUNK_TAGS = new Set(['HEADER', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'IFRAME', 'SVG', 'H1', 'TIME']);

/** Inline markup inside a sentence: a class on it (a tag link, a glossary term) says nothing about the block. */
const INLINE_TAGS = new Set(['A', 'B', 'STRONG', 'I', 'EM', 'U', 'ABBR', 'CITE', 'Q', 'SUB', 'SUP', 'MARK', 'SMALL', 'CODE']);

function classIdOf(el: Element): string {
  const cls = rawAttr(el, 'class') ?? '';
  const id = el.getAttribute('id') ?? '';
  if (!cls && !id) return '';
  return `${cls} ${id}`.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

function textLength(el: Element): number {
  return foldedLength(el.textContent ?? '');
}

/** Removes furniture by tag and by class/id tokens, never a container holding most of the text. */
export function removeJunkElements(root: Element, trace?: (rule: string, text: string) => void): number {
  const total = Math.max(1, textLength(root));
  let removed = 0;
  const visit = (el: Element): void => {
    let child = el.firstElementChild;
    while (child) {
      const next = child.nextElementSibling;
      const why = junkElementReason(child, total);
      if (why) {
        trace?.(why, child.textContent ?? '');
        child.remove();
        removed++;
      } else {
        visit(child);
      }
      child = next;
    }
  };
  visit(root);
  return removed;
}

function junkElementReason(el: Element, total: number): string | null {
  const tag = el.tagName.toUpperCase();
  // A figure's caption is kept: it becomes the figure's caption in the document, outside the body text.
  if (tag === 'FIGCAPTION') return el.parentElement?.tagName.toUpperCase() === 'FIGURE' && el.parentElement.querySelector('img') ? null : 'tag:FIGCAPTION';
  if (JUNK_TAGS.has(tag)) {
    if (tag === 'HEADER') return textLength(el) < total * 0.4 ? 'tag:HEADER' : null;
    if (tag !== 'TIME') return `tag:${tag}`;
    const parentText = (el.parentElement?.textContent ?? '').trim();
    return parentText.length === (el.textContent ?? '').trim().length || isDateLine(parentText) ? 'tag:TIME' : null;
  }
  if (tag === 'BLOCKQUOTE' && /twitter-tweet|instagram-media|tiktok-embed/.test(rawAttr(el, 'class') ?? '')) return null;
  if (el.getAttribute('aria-hidden') === 'true' && !el.querySelector('img')) return 'aria-hidden';
  if (el.hasAttribute('hidden')) return 'hidden';
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return 'style-hidden';
  if (INLINE_TAGS.has(tag)) return null;
  const classId = classIdOf(el);
  if (HOVER_TOKEN.test(classId)) return stripHoverCard(el) ? null : 'hover-card';
  if (!classId) return null;
  if (MEDIA_TOKEN.test(classId) && textLength(el) < Math.min(400, total * 0.4)) {
    stripToImages(el);
    return null;
  }
  if (BODY_TOKEN.test(classId)) return null;
  const match = JUNK_TOKEN.exec(classId);
  if (!match) return null;
  // A "junk" container that holds most of the body is a mislabelled wrapper.
  const length = textLength(el);
  return length < total * 0.4 || length < 200 ? `class:${match[0].trim().replace(/^[_-]/, '')}` : null;
}

const BLOCKISH = new Set([
  'P', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'DL', 'DT', 'DD',
  'TABLE', 'TR', 'FIGURE', 'PRE', 'HEADER', 'MAIN', 'SPAN', 'TD', 'TH',
]);
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'HEADER', 'MAIN', 'BLOCKQUOTE']);

/** Leaf blocks: elements with text whose children are inline only. */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): boolean => {
    let hasBlockChild = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const childIsBlock = visit(child);
      if (childIsBlock) hasBlockChild = true;
    }
    const tag = el.tagName.toUpperCase();
    const isBlock = BLOCKISH.has(tag) && tag !== 'SPAN';
    if (isBlock && !hasBlockChild && el !== root && (el.textContent ?? '').trim()) out.push(el);
    return isBlock || hasBlockChild;
  };
  visit(root);
  return out;
}

function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words in the text, counted up to `cap` (the rules only ask "none?" and "at most 16?"). */
function wordCount(text: string, cap: number): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (count < cap && WORD.exec(text)) count++;
  return count;
}

function linkTextLength(el: Element): number {
  let length = 0;
  for (const a of el.getElementsByTagName('a')) length += norm(a.textContent ?? '').length;
  return length;
}

const MONTHS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|oktober';
const DATE_WORDS = new RegExp(
  `^(?:${MONTHS}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|segunda|terça|quarta|quinta|sexta|sábado|domingo|feira|de|às|um|am|pm|a\\.m|p\\.m|utc|gmt|est|edt|pst|pdt|cst|cdt|bst|cet|cest|ist|et|pt|ct|updated|update|published|posted|modified|first|last|on|at|date|time|ago|hours?|minutes?|days?|h|min|mins|aktualisiert|veröffentlicht|publié|mis|à|jour|le|publicado|actualizado|el|a|las|der|am|um|uhr|güncelleme|yayınlanma|aggiornato|pubblicato|bijgewerkt|gepubliceerd|\\d+)$`,
  'i',
);

const MONTH_OR_TIME = new RegExp(`\\d{1,2}:\\d{2}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\b(?:${MONTHS})\\b|\\b(?:19|20)\\d\\d\\b|\\bago\\b`, 'iu');

/** A block that is only a date/time stamp, possibly with "Updated"/"Published". */
export function isDateLine(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}.]+/gu) ?? [];
  if (words.length === 0 || words.length > 16) return false;
  if (!/\d/.test(text)) return false;
  if (!MONTH_OR_TIME.test(text)) return false;
  let other = 0;
  for (const word of words) if (!DATE_WORDS.test(word.replace(/\.$/, ''))) other++;
  return other <= 1;
}

const BYLINE = /^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f|[Pp]rzez)\s+\p{Lu}/u;
const JUNK_LINE =
  /^(?:advert(?:isement)?|anzeige|publicité|publicidad|pubblicità|sponsored( content)?|continue reading( below| the main story)?|skip to (?:main )?content|read more|read next|more|more:|related|related:|related (?:stories|articles|content|posts|coverage|news|links)|see also|share|share this( article| story)?|comments?|\d+ comments?|post comment.*|leave a comment|print|email|e-mail|tweet|caption|close|next|previous|image \d+ of \/? ?\d+|image \d+ of \d+|view (?:author|all|gallery|comments).*|email the author|you may also like.*|recommended( for you)?|don't miss|advertisement - continue reading below|listen to this article.*|this slideshow requires javascript\.?|\(?(?:photo|image|picture|foto|bild|credit)s?:.*|image copyright.*|image caption.*|copyright .*|© .*|all rights reserved.*)$/i;
const JUNK_PREFIX =
  /^(?:read more|read also|also read|see more|see also|also on|more from|more on|related|related post|related article|recommended|watch|watch:|listen|click here|get the .* app|download the|sign up|subscribe|follow (?:us|him|her|them|@)|like this (?:story|article)|share this|image copyright|image caption|image source|photo:|photo credit|image:|credit:|©|copyright ©?|\(c\) |all rights reserved|this (?:post|article|page) (?:may )?contains? affiliate|get (?:breaking )?news alerts|let our news meet your inbox|have a tip\?|tell us what you think)\b/i;
const TRAILING =
  /(?:©|\bcopyright\b|all rights reserved|\bfollow (?:us|him|her|them)\b|\bsign up\b|\bsubscribe\b|\bnewsletters?\b|\bhave a tip\b|\bis an? (?:\w+ )?(?:reporter|writer|correspondent|editor|contributor|journalist|columnist|producer|freelance)\b|^\(?(?:reporting|writing|editing|additional reporting|compiled) by\b|share (?:this|it) with|like this (?:story|article)|^comments?$|tell us what you think|click here|download (?:the|our) app|\bjoin our\b|\binbox\b|^source:|^tags?:|^topics?:|^filed under|^photo:|^image:)/i;

function isUppercaseText(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 8) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length > 0.85;
}

export interface BlockVerdict {
  junk: boolean;
  reason?: string;
}

/** Judges one leaf block by its own text and links. */
export function judgeBlock(el: Element): BlockVerdict {
  const text = norm(el.textContent ?? '');
  const words = wordCount(text, 17);
  if (words === 0) return { junk: !el.querySelector('img'), reason: 'empty' };
  const tag = el.tagName.toUpperCase();
  const short = text.length <= 220;
  if (short && JUNK_LINE.test(text)) return { junk: true, reason: 'junk-line' };
  if (short && JUNK_PREFIX.test(text)) return { junk: true, reason: 'junk-prefix' };
  if (short && words <= 16 && tag !== 'TD' && tag !== 'TH' && isDateLine(text)) return { junk: true, reason: 'date' };
  if (text.length <= 120 && BYLINE.test(text) && !/[.!?]["”’]?$/.test(text)) return { junk: true, reason: 'byline' };
  if (text.length <= 200 && /^(?:follow|like|join|find)\b/i.test(text) && /\b(?:instagram|facebook|twitter|youtube|linkedin|tiktok|threads|whatsapp|telegram|bluesky)\b/i.test(text)) return { junk: true, reason: 'social-prompt' };
  if (short && /\b(?:uses|use of) cookies\b|\bcookie (?:policy|settings)\b/i.test(text)) return { junk: true, reason: 'cookies' };
  // WordPress shortcodes left unrendered.
  if (/^\[\w+[^\]]*\].*\[\/\w+\]$/.test(text)) return { junk: true, reason: 'shortcode' };
  const linkLength = linkTextLength(el);
  const linkDensity = linkLength / Math.max(1, text.length);
  // A paragraph that is nothing but an all-caps link: a promo for another story.
  if (linkDensity > 0.8 && isUppercaseText(text) && tag !== 'BLOCKQUOTE') return { junk: true, reason: 'caps-link' };
  return { junk: false };
}
