import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_METADATA } from '../../../../shared/domain/article-metadata';
import { extractMetadata } from '../../../../electron/core/extract/metadata/extract-metadata';
import { parseHtml } from '../../../../electron/core/extract/parse-html';

const page = (head: string, body: string): Document => parseHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);

describe('extractMetadata: meta tags', () => {
  it('reads OpenGraph and article:* tags', () => {
    const doc = page(
      `<meta property="og:title" content="Title">
       <meta property="og:site_name" content="The Korea Herald">
       <meta property="og:description" content="Dek here">
       <meta property="og:image" content="/img/lead.jpg"><meta property="og:image:alt" content="Alt text">
       <meta property="article:published_time" content="2025-03-31T11:10:00+09:00">
       <meta property="article:modified_time" content="2025-03-31T12:00:00+09:00">
       <meta property="article:section" content="North Korea">
       <meta property="article:author" content="https://www.facebook.com/someone">
       <meta name="author" content="By Kim Jae-won and Lee Min-ji">
       <link rel="canonical" href="/view/123">`,
      '<article><h1>Title</h1><p>Body</p></article>',
    );
    const m = extractMetadata(doc, 'https://www.koreaherald.com/view/123?x=1');
    expect(m).toMatchObject({
      title: 'Title', subtitle: 'Dek here', outlet: 'The Korea Herald', siteDomain: 'koreaherald.com', section: 'North Korea',
      published: '2025-03-31T11:10:00+09:00', modified: '2025-03-31T12:00:00+09:00', lang: 'en',
      canonicalUrl: 'https://www.koreaherald.com/view/123', authors: ['Kim Jae-won', 'Lee Min-ji'],
    });
    expect(m.leadImage).toEqual({ src: 'https://www.koreaherald.com/img/lead.jpg', alt: 'Alt text', caption: null, credit: null });
  });

  it('reads parsely, sailthru, dc and citation tags', () => {
    expect(extractMetadata(page('<meta name="parsely-pub-date" content="2024-01-02T03:04:05Z"><meta name="parsely-author" content="Jane Doe">', ''), null)).toMatchObject({
      published: '2024-01-02T03:04:05Z', authors: ['Jane Doe'],
    });
    expect(extractMetadata(page('<meta name="sailthru.date" content="2024-01-02 03:04:05 -0500"><meta name="sailthru.author" content="John Roe">', ''), null)).toMatchObject({
      published: '2024-01-02T03:04:05-05:00', authors: ['John Roe'],
    });
    expect(extractMetadata(page('<meta name="DC.date.issued" content="2024-01-02"><meta name="DC.creator" content="Anna Lee">', ''), null)).toMatchObject({
      published: '2024-01-02', authors: ['Anna Lee'],
    });
    expect(extractMetadata(page('<meta name="citation_publication_date" content="2024/01/02"><meta name="citation_author" content="Smith, Adam">', ''), null).published).toBe('2024-01-02');
  });

  it('does not return the outlet as an author unless it is the only credit', () => {
    const both = page('<meta property="og:site_name" content="Yonhap News Agency"><meta name="author" content="Yonhap News Agency">', '<article><span class="byline">By Kim Jae-won</span></article>');
    expect(extractMetadata(both, 'https://en.yna.co.kr/x').authors).toEqual(['Kim Jae-won']);
    const only = page('<meta property="og:site_name" content="AP News"><meta name="author" content="Associated Press">', '');
    expect(extractMetadata(only, 'https://apnews.com/x').authors).toEqual(['Associated Press']);
  });

  it('derives the outlet from the domain as a last resort', () => {
    expect(extractMetadata(page('', ''), 'https://www.yna.co.kr/view/1')).toMatchObject({ outlet: 'Yna', siteDomain: 'yna.co.kr' });
  });
});

describe('extractMetadata: byline markup', () => {
  it('reads itemprop=author, rel=author and byline classes', () => {
    expect(extractMetadata(page('', '<article><h1>T</h1><div itemprop="author" itemscope><span itemprop="name">Jane Doe</span><span>Staff Writer</span></div></article>'), null).authors).toEqual(['Jane Doe']);
    expect(extractMetadata(page('', '<article><h1>T</h1><p>By <a rel="author" href="/a/1">Jane Doe</a></p></article>'), null).authors).toEqual(['Jane Doe']);
    expect(extractMetadata(page('', '<article><h1>T</h1><p class="article-byline">By Kim Jae-won, Yonhap <time>Mar. 31, 2025</time></p></article>'), null).authors).toEqual(['Kim Jae-won']);
    expect(extractMetadata(page('', '<article><h1>T</h1><span class="reporter">김재원 기자</span></article>'), null).authors).toEqual(['김재원']);
  });

  it('ignores bylines of related stories', () => {
    const doc = page('', '<article><h1>T</h1><div class="byline">By Jane Doe</div></article><aside><div class="byline">By Other Person</div></aside>');
    expect(extractMetadata(doc, null).authors).toEqual(['Jane Doe']);
  });
});

describe('extractMetadata: dates', () => {
  it('prefers a <time> in the article header over one in related stories', () => {
    const doc = page('', `<article><header><h1>T</h1><time datetime="2025-03-31T11:10:00+09:00">Mar 31</time></header></article>
      <aside class="related"><time datetime="2025-03-01T00:00:00Z">x</time></aside>`);
    expect(extractMetadata(doc, null).published).toBe('2025-03-31T11:10:00+09:00');
  });

  it('reads a labelled text date (JoongAng style) and keeps it naive when nothing gives the zone', () => {
    const doc = page('', '<article><h1>N. Korea rallies instructors</h1><div class="date">Published: 31 Mar. 2025, 11:10</div><p>Body</p></article>');
    expect(extractMetadata(doc, null).published).toBe('2025-03-31T11:10:00');
  });

  it('gives a naive time the offset another date on the page states for the same moment', () => {
    const doc = page('<meta property="article:modified_time" content="2025-03-31T14:00:00+09:00">', '<article><h1>T</h1><div class="date">입력 2025.03.31 11:10 수정 2025.03.31 14:00</div></article>');
    const m = extractMetadata(doc, null);
    expect(m.published).toBe('2025-03-31T11:10:00+09:00');
    expect(m.modified).toBe('2025-03-31T14:00:00+09:00');
  });

  it('upgrades a date alone to a same-day date with a time', () => {
    const doc = page('<meta name="date" content="2025-03-31">', '<article><h1>T</h1><time datetime="2025-03-31T11:10:00+09:00">x</time></article>');
    expect(extractMetadata(doc, null).published).toBe('2025-03-31T11:10:00+09:00');
  });

  it('German and Japanese text dates', () => {
    expect(extractMetadata(page('', '<article><h1>T</h1><p class="meta">Veröffentlicht am 31.03.2025 um 11:10 Uhr</p></article>'), null).published).toBe('2025-03-31T11:10:00');
    expect(extractMetadata(page('', '<article><h1>T</h1><span class="date">2025年3月31日 11時10分</span></article>'), null).published).toBe('2025-03-31T11:10:00');
  });
});

describe('extractMetadata: dateline, lang, robustness', () => {
  it('applies datelineAndCredit to the first substantial paragraph of the article', () => {
    const doc = page('', `<article><h1>T</h1><figure><figcaption>Photo caption that is long enough to count as a paragraph of text. [YONHAP]</figcaption></figure>
      <div class="article-body"><p>SEOUL, March 31 (Yonhap) -- North Korea has hosted the first large-scale gathering of instructors.</p></div></article>`);
    expect(extractMetadata(doc, null)).toMatchObject({ dateline: 'SEOUL, March 31 (Yonhap) —', credit: '(Yonhap)' });
  });

  it('lang from <html lang>, else og:locale', () => {
    expect(extractMetadata(parseHtml('<html lang="ko"><head></head><body></body></html>'), null).lang).toBe('ko');
    expect(extractMetadata(parseHtml('<html><head><meta property="og:locale" content="en_US"></head><body></body></html>'), null).lang).toBe('en-US');
  });

  it('never throws, whatever the input', () => {
    const inputs = [
      '', 'not html at all', '<html><body><h1></h1></body></html>', '<html><head><meta property="article:published_time" content="31/31/2025"></head></html>',
      '<script type="application/ld+json">{{{{</script>', '<time datetime="9999-99-99">x</time>', '<p class="byline">' + 'By '.repeat(5000) + '</p>',
      readFileSync(join(import.meta.dirname, '../../../fixtures/hostile-article.html'), 'utf8'),
    ];
    for (const html of inputs) {
      const m = extractMetadata(parseHtml(html), 'not a url');
      expect(Object.keys(m).sort()).toEqual(Object.keys(EMPTY_METADATA).sort());
      expect(Array.isArray(m.authors)).toBe(true);
    }
  });

  it('does not mutate the document', () => {
    const doc = page('<meta property="og:title" content="T">', '<article><h1>T</h1><div class="byline">By <span class="sr-only">Author</span> Jane Doe <time>today</time></div><p>Body</p></article>');
    const before = doc.documentElement.outerHTML;
    extractMetadata(doc, null);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractMetadata: lead image', () => {
  it('takes og:image with the caption and credit of the figure showing it', () => {
    const doc = page(
      '<meta property="og:image" content="https://img.example.com/photo_1200x630.jpg">',
      `<article><h1>T</h1><figure><img src="https://img.example.com/photo_800x450.jpg" alt="Instructors">
        <figcaption>Instructors gather in Pyongyang. <span class="credit">Foto: Yonhap</span></figcaption></figure></article>`,
    );
    expect(extractMetadata(doc, null).leadImage).toEqual({
      src: 'https://img.example.com/photo_1200x630.jpg', alt: 'Instructors', caption: 'Instructors gather in Pyongyang.', credit: 'Yonhap',
    });
  });

  it('splits a bracketed credit off the caption', () => {
    const doc = page(
      '<meta property="og:image" content="https://img.example.com/a.jpg">',
      '<article><figure><img src="https://img.example.com/a.jpg"><figcaption>A gathering in Pyongyang. [YONHAP]</figcaption></figure></article>',
    );
    expect(extractMetadata(doc, null).leadImage).toMatchObject({ caption: 'A gathering in Pyongyang.', credit: 'YONHAP' });
  });

  it('decodes entities left in JSON-LD strings', () => {
    const doc = parseHtml('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"R&uuml;ckbau &amp; Abriss"}</script></head><body></body></html>');
    expect(extractMetadata(doc, null).title).toBe('Rückbau & Abriss');
  });
});
