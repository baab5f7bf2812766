/**
 * JSON-LD `articleBody`: many news pages ship the whole article text in their
 * schema.org metadata. It is a cross-check for the DOM extraction and a fallback
 * when the DOM holds no usable body (pages rendered by script, paywalled markup).
 */
import { PageElements } from '../page-elements';

const ARTICLE_TYPES = /article|posting|report|blog|newsarticle/i;

export function readJsonLdArticleBody(document: Document, page = new PageElements(document)): string | null {
  let best: string | null = null;
  for (const script of page.under(document)) {
    // script[type="application/ld+json"]: selectors compare `type` without case.
    if (script.localName !== 'script' || script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    const raw = script.textContent;
    if (!raw || !raw.includes('articleBody')) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const found = findArticleBody(data, 0);
    if (found && (!best || found.length > best.length)) best = found;
  }
  return best ? normaliseJsonLdText(best) : null;
}

function findArticleBody(node: unknown, depth: number): string | null {
  if (depth > 6 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    let best: string | null = null;
    for (const item of node) {
      const found = findArticleBody(item, depth + 1);
      if (found && (!best || found.length > best.length)) best = found;
    }
    return best;
  }
  const record = node as Record<string, unknown>;
  const body = record['articleBody'];
  const type = record['@type'];
  const typeText = Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
  if (typeof body === 'string' && body.trim() && (typeText === '' || ARTICLE_TYPES.test(typeText))) return body;
  let best: string | null = null;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
    const found = findArticleBody(record[key], depth + 1);
    if (found && (!best || found.length > best.length)) best = found;
  }
  return best;
}

/** Some sites put HTML or entities in articleBody; reduce it to text paragraphs. */
function normaliseJsonLdText(text: string): string {
  let out = text;
  if (/<\/?(p|br|div)\b/i.test(out)) {
    out = out.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|h\d|li)>/gi, '\n\n').replace(/<[^>]+>/g, '');
  }
  out = out
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return out.trim();
}

/** Splits JSON-LD text into paragraphs (blank lines, else single newlines). */
export function jsonLdParagraphs(text: string): string[] {
  const parts = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split(/\n/);
  return parts.map((part) => part.replace(/\s+/g, ' ').trim()).filter((part) => part.length > 0);
}
