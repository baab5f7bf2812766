/**
 * JSON-LD: finds the article node (NewsArticle, Article, BlogPosting…, or a
 * WebPage's mainEntity, inside arrays and @graph) and reads its fields.
 * Malformed blocks are repaired when trivial, otherwise skipped. Never throws.
 */
import { PageElements } from '../page-elements';
import { clean, cleanOrNull, decodeEntities } from './text';

export interface JsonLdImage {
  src: string;
  caption: string | null;
  credit: string | null;
}

export interface JsonLdArticle {
  type: string;
  headline: string | null;
  alternativeHeadline: string | null;
  description: string | null;
  /** Raw credits, one per author node (a string node may still hold several names). */
  authors: { name: string; isOrganization: boolean }[];
  publisher: string | null;
  datePublished: string | null;
  dateModified: string | null;
  section: string | null;
  lang: string | null;
  image: JsonLdImage | null;
  url: string | null;
}

export interface JsonLdResult {
  article: JsonLdArticle | null;
  /** Organisation / WebSite names seen anywhere (outlet fallbacks). */
  siteNames: string[];
}

type Node = Record<string, unknown>;

const ARTICLE_TYPE = /(Article|BlogPosting|Report|Posting|Story)$/i;

/** Parses one ld+json block; tries a light repair when strict JSON fails. */
export function parseJsonLdText(raw: string): unknown {
  const text = raw.replace(/^\s*(?:<!\[CDATA\[|<!--)/, '').replace(/(?:\]\]>|-->)\s*$/, '').trim();
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    try {
      const repaired = text
        .replace(/[\u0000-\u001f]+/g, ' ')
        .replace(/,\s*([}\]])/g, '$1')
        .replace(/;\s*$/, '');
      return JSON.parse(repaired);
    } catch {
      return null;
    }
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: Node): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** All nodes, depth-first, following arrays, @graph, mainEntity and hasPart. */
function flatten(value: unknown, out: Node[], depth = 0): void {
  if (depth > 6 || out.length > 500) return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out, depth + 1);
    return;
  }
  if (!isNode(value)) return;
  out.push(value);
  if (value['@graph'] !== undefined) flatten(value['@graph'], out, depth + 1);
  if (value.mainEntity !== undefined) flatten(value.mainEntity, out, depth + 1);
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return cleanOrNull(decodeEntities(value));
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return str(value[0]);
  if (isNode(value)) return str(value['@value'] ?? value.name);
  return null;
}

function names(value: unknown, byId: Map<string, Node>, depth = 0): { name: string; isOrganization: boolean }[] {
  if (depth > 3 || value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v) => names(v, byId, depth + 1));
  if (typeof value === 'string') {
    const name = clean(decodeEntities(value));
    return name ? [{ name, isOrganization: false }] : [];
  }
  if (!isNode(value)) return [];
  let node = value;
  const id = typeof node['@id'] === 'string' ? node['@id'] : null;
  if (id && node.name === undefined && byId.has(id)) node = byId.get(id)!;
  let name = str(node.name);
  if (!name && (node.givenName || node.familyName)) name = cleanOrNull(`${str(node.givenName) ?? ''} ${str(node.familyName) ?? ''}`);
  if (!name) return [];
  const isOrganization = typesOf(node).some((t) => /Organization|Organisation|Corporation|WebSite|Brand/i.test(t));
  return [{ name, isOrganization }];
}

function imageOf(value: unknown, byId: Map<string, Node>, depth = 0): JsonLdImage | null {
  if (depth > 3 || value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const img = imageOf(v, byId, depth + 1);
      if (img) return img;
    }
    return null;
  }
  if (typeof value === 'string') return /^https?:\/\//i.test(value.trim()) ? { src: value.trim(), caption: null, credit: null } : null;
  if (!isNode(value)) return null;
  let node = value;
  const id = typeof node['@id'] === 'string' ? node['@id'] : null;
  if (id && node.url === undefined && node.contentUrl === undefined && byId.has(id)) node = byId.get(id)!;
  const src = str(node.url) ?? str(node.contentUrl);
  if (!src || !/^https?:\/\//i.test(src)) return null;
  const credit = str(node.creditText) ?? str(node.copyrightHolder) ?? names(node.author, byId)[0]?.name ?? null;
  return { src, caption: str(node.caption) ?? str(node.description), credit };
}

function score(node: Node): number {
  const types = typesOf(node);
  let s = 0;
  if (types.some((t) => /NewsArticle|Reportage/i.test(t))) s += 3;
  else if (types.some((t) => ARTICLE_TYPE.test(t))) s += 2;
  if (node.headline) s += 2;
  if (node.datePublished) s += 2;
  if (node.author) s += 1;
  return s;
}

/** Reads the page's JSON-LD. */
export function readJsonLd(document: Document, page = new PageElements(document)): JsonLdResult {
  const nodes: Node[] = [];
  for (const script of page.under(document)) {
    if (script.localName !== 'script') continue;
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!type.includes('ld+json')) continue;
    const data = parseJsonLdText(script.textContent ?? '');
    if (data !== null) flatten(data, nodes);
  }
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && !byId.has(node['@id'])) byId.set(node['@id'], node);

  const siteNames: string[] = [];
  for (const node of nodes) {
    if (typesOf(node).some((t) => /^(NewsMediaOrganization|Organization|WebSite)$/i.test(t))) {
      const name = str(node.name);
      if (name) siteNames.push(name);
    }
  }

  const candidates = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)) && !typesOf(n).some((t) => /^WebPage$/i.test(t)));
  candidates.sort((a, b) => score(b) - score(a));
  const node = candidates[0];
  if (!node) {
    // A bare WebPage can still carry dates and a name.
    const page = nodes.find((n) => typesOf(n).some((t) => /WebPage$/i.test(t)) && (n.datePublished || n.headline));
    return { article: page ? toArticle(page, byId) : null, siteNames };
  }
  return { article: toArticle(node, byId), siteNames };
}

function toArticle(node: Node, byId: Map<string, Node>): JsonLdArticle {
  const publisher = names(node.publisher, byId)[0]?.name ?? null;
  let section = node.articleSection;
  if (Array.isArray(section)) section = section.find((s) => typeof s === 'string' && s.trim());
  const lang = node.inLanguage;
  return {
    type: typesOf(node)[0] ?? '',
    headline: str(node.headline) ?? str(node.name),
    alternativeHeadline: str(node.alternativeHeadline),
    description: str(node.description),
    authors: names(node.author, byId).concat(node.author ? [] : names(node.creator, byId)),
    publisher,
    datePublished: str(node.datePublished) ?? str(node.dateCreated),
    dateModified: str(node.dateModified),
    section: str(section),
    lang: typeof lang === 'string' ? cleanOrNull(lang) : isNode(lang) ? str(lang.alternateName ?? lang.name) : null,
    image: imageOf(node.image, byId) ?? imageOf(node.associatedMedia, byId),
    url: str(node.url),
  };
}
