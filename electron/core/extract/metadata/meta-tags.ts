/**
 * <meta> tags (OpenGraph, article:*, twitter:*, Dublin Core, parsely, sailthru,
 * citation_*, cXense…) gathered once into a case-insensitive multimap.
 */
import { PageElements } from '../page-elements';
import { cleanOrNull, decodeEntities } from './text';

export class MetaTags {
  private readonly map = new Map<string, string[]>();

  constructor(document: Document, page = new PageElements(document)) {
    for (const meta of page.under(document)) {
      if (meta.localName !== 'meta') continue;
      const content = meta.getAttribute('content');
      if (content === null) continue;
      const value = cleanOrNull(decodeEntities(content));
      if (value === null) continue;
      for (const keyAttr of ['property', 'name', 'itemprop', 'http-equiv']) {
        const key = meta.getAttribute(keyAttr);
        if (!key) continue;
        for (const k of key.toLowerCase().split(/\s+/)) {
          if (!k) continue;
          const list = this.map.get(k) ?? [];
          if (!list.includes(value)) list.push(value);
          this.map.set(k, list);
        }
      }
    }
  }

  /** First value of the first key present. */
  first(...keys: string[]): string | null {
    for (const key of keys) {
      const v = this.map.get(key.toLowerCase());
      if (v && v[0] !== undefined) return v[0];
    }
    return null;
  }

  /** All values of all the keys, in key order. */
  all(...keys: string[]): string[] {
    return keys.flatMap((key) => this.map.get(key.toLowerCase()) ?? []);
  }
}

export const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished',
  'parsely-pub-date', 'sailthru.date', 'cxenseparse:recs:publishtime', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created', 'citation_publication_date', 'citation_date', 'citation_online_date',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'date', 'dc.date.published', 'og:published_time',
  'article.published', 'published_time', 'release_date', 'displaydate', 'original-publish-date', 'timestamp', 'created',
];

export const MODIFIED_KEYS = [
  'article:modified_time', 'og:updated_time', 'og:article:modified_time', 'datemodified', 'dc.date.modified', 'dcterms.modified',
  'last-modified', 'lastmod', 'article.updated', 'updated_time', 'cxenseparse:recs:articlemodifiedtime',
];

export const AUTHOR_KEYS = [
  'author', 'article:author', 'og:article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator',
  'citation_author', 'cxenseparse:author', 'cxenseparse:recs:author', 'twitter:creator:name', 'dc.contributor', 'article.author', 'authors',
];
