import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../../electron/core/extract/metadata/extract-metadata';
import { parseJsonLdText, readJsonLd } from '../../../../electron/core/extract/metadata/json-ld';
import { parseHtml } from '../../../../electron/core/extract/parse-html';

const withLd = (...blocks: string[]): Document =>
  parseHtml(`<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body><p>x</p></body></html>`);

describe('JSON-LD', () => {
  it('reads a NewsArticle', () => {
    const doc = withLd(JSON.stringify({
      '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'N. Korea rallies instructors',
      alternativeHeadline: 'A first in history', datePublished: '2025-03-31T11:10:00+09:00', dateModified: '2025-03-31T14:00:00+09:00',
      author: [{ '@type': 'Person', name: 'Kim Jae-won' }, { '@type': 'Person', name: 'Lee Min-ji' }],
      publisher: { '@type': 'NewsMediaOrganization', name: 'Korea JoongAng Daily' }, articleSection: ['North Korea'], inLanguage: 'en',
      image: { '@type': 'ImageObject', url: 'https://img.example.com/a.jpg', caption: 'Instructors in Pyongyang', creditText: 'Yonhap' },
    }));
    const m = extractMetadata(doc, 'https://koreajoongangdaily.joins.com/news/1');
    expect(m.title).toBe('N. Korea rallies instructors');
    expect(m.subtitle).toBe('A first in history');
    expect(m.authors).toEqual(['Kim Jae-won', 'Lee Min-ji']);
    expect(m.outlet).toBe('Korea JoongAng Daily');
    expect(m.published).toBe('2025-03-31T11:10:00+09:00');
    expect(m.modified).toBe('2025-03-31T14:00:00+09:00');
    expect(m.section).toBe('North Korea');
    expect(m.siteDomain).toBe('koreajoongangdaily.joins.com');
    expect(m.leadImage).toEqual({ src: 'https://img.example.com/a.jpg', alt: null, caption: 'Instructors in Pyongyang', credit: 'Yonhap' });
  });

  it('finds the article in @graph and resolves @id references', () => {
    const doc = withLd(JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Example Times' },
        { '@type': 'Person', '@id': '#p1', name: 'Jane Doe' },
        { '@type': ['Article', 'NewsArticle'], headline: 'Graph headline', datePublished: '2024-01-02', author: { '@id': '#p1' } },
      ],
    }));
    const ld = readJsonLd(doc);
    expect(ld.article?.headline).toBe('Graph headline');
    expect(ld.article?.authors.map((a) => a.name)).toEqual(['Jane Doe']);
    expect(ld.siteNames).toContain('Example Times');
    expect(extractMetadata(doc, null).published).toBe('2024-01-02');
  });

  it('follows a WebPage mainEntity and top-level arrays', () => {
    const doc = withLd(JSON.stringify([
      { '@type': 'BreadcrumbList', itemListElement: [] },
      { '@type': 'WebPage', mainEntity: { '@type': 'ReportageNewsArticle', headline: 'Inside', author: 'By Kim Jae-won and Lee Min-ji' } },
    ]));
    const m = extractMetadata(doc, null);
    expect(m.title).toBe('Inside');
    expect(m.authors).toEqual(['Kim Jae-won', 'Lee Min-ji']);
  });

  it('skips malformed blocks but reads the good ones', () => {
    const doc = withLd('{"@type": "NewsArticle", "headline": ', '{not json at all', JSON.stringify({ '@type': 'BlogPosting', headline: 'Good one' }));
    expect(extractMetadata(doc, null).title).toBe('Good one');
  });

  it('repairs trailing commas and raw newlines in strings', () => {
    expect(parseJsonLdText('{"headline": "a\nb", "x": [1,2,],}')).toEqual({ headline: 'a b', x: [1, 2] });
    expect(parseJsonLdText('<!--{"a":1}-->')).toEqual({ a: 1 });
    expect(parseJsonLdText('')).toBeNull();
  });

  it('names from nested author objects, strings and organisations', () => {
    const doc = withLd(JSON.stringify({ '@type': 'NewsArticle', headline: 'h', author: [{ '@type': 'Person', givenName: 'Jae-won', familyName: 'Kim' }, 'Lee Min-ji'] }));
    expect(extractMetadata(doc, null).authors).toEqual(['Jae-won Kim', 'Lee Min-ji']);
    const ap = withLd(JSON.stringify({ '@type': 'NewsArticle', headline: 'h', author: { '@type': 'Organization', name: 'Associated Press' }, publisher: { name: 'AP News' } }));
    expect(extractMetadata(ap, 'https://apnews.com/x').authors).toEqual(['Associated Press']);
  });

  it('ignores hostile values (wrong types, deep nesting)', () => {
    let deep: unknown = { '@type': 'NewsArticle', headline: 'deep' };
    for (let i = 0; i < 200; i++) deep = { mainEntity: deep };
    const doc = withLd(JSON.stringify({ '@type': 'NewsArticle', headline: 42, author: [null, 7, { name: null }], datePublished: { nope: 1 } }), JSON.stringify(deep));
    expect(() => extractMetadata(doc, null)).not.toThrow();
    expect(extractMetadata(doc, null).authors).toEqual([]);
  });
});
