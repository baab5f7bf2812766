import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../../electron/core/extract/metadata/extract-metadata';
import { headlinesMatch, stripSiteName } from '../../../../electron/core/extract/metadata/title';
import { parseHtml } from '../../../../electron/core/extract/parse-html';

const page = (head: string, body: string): Document => parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

describe('stripSiteName', () => {
  it('removes a suffix or prefix naming the site', () => {
    expect(stripSiteName('N. Korea holds youth rally | Yonhap News Agency', ['Yonhap News Agency'])).toBe('N. Korea holds youth rally');
    expect(stripSiteName('Seoul opens new line - The Korea Herald', ['The Korea Herald'])).toBe('Seoul opens new line');
    expect(stripSiteName('Mining blasts shatter homes - Lesotho Times', ['lestimes.com', 'Lesotho Times'])).toBe('Mining blasts shatter homes');
    expect(stripSiteName('BBC News - What is Nato?', ['BBC News'])).toBe('What is Nato?');
  });

  it('keeps dashes that belong to the headline', () => {
    expect(stripSiteName("Die Eisheiligen 2024: Wann sie sind - und wie das Wetter wird", ['Ruhr Nachrichten'])).toBe(
      'Die Eisheiligen 2024: Wann sie sind - und wie das Wetter wird',
    );
  });
});

describe('headlinesMatch', () => {
  it('ignores punctuation, quotes and case', () => {
    expect(headlinesMatch('Mexico’s economy grew 1.1%', "Mexico's economy grew 1.1%")).toBe(true);
    expect(headlinesMatch('Kim inspects factory', 'Moon visits Tokyo')).toBe(false);
  });
});

describe('title choice', () => {
  it('prefers the <h1> when it has the same words as og:title (its typography is what the page shows)', () => {
    const doc = page(
      `<meta property="og:title" content="Mexico's economy grew 1.1% | AP News"><meta property="og:site_name" content="AP News">`,
      `<article><h1>Mexico’s economy grew 1.1%</h1><p>Body.</p></article>`,
    );
    expect(extractMetadata(doc, 'https://apnews.com/a').title).toBe('Mexico’s economy grew 1.1%');
  });

  it('falls back to og:title without the site name when the h1 is something else', () => {
    const doc = page(
      `<title>N. Korea rallies instructors | Yonhap News Agency</title><meta property="og:title" content="N. Korea rallies instructors | Yonhap News Agency"><meta property="og:site_name" content="Yonhap News Agency">`,
      `<header><h1>Yonhap News Agency</h1></header><article><p>Body text.</p></article>`,
    );
    expect(extractMetadata(doc, 'https://en.yna.co.kr/view/1').title).toBe('N. Korea rallies instructors');
  });

  it('keeps the colon of a kicker that the h1 only shows with markup', () => {
    const doc = page(
      `<meta property="og:title" content="Schnellere Integration: Job-Turbo hilft">`,
      `<article><h1><span>Schnellere Integration</span> <span>Job-Turbo hilft</span></h1></article>`,
    );
    expect(extractMetadata(doc, null).title).toBe('Schnellere Integration: Job-Turbo hilft');
  });

  it('uses the JSON-LD headline, then the h1, when there is no og:title', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline from JSON-LD"}</script>`;
    expect(extractMetadata(page(ld, '<p>x</p>'), null).title).toBe('Headline from JSON-LD');
    expect(extractMetadata(page('', '<article><h1>Only an h1</h1></article>'), null).title).toBe('Only an h1');
  });

  it('ignores an h1 in navigation or breadcrumbs', () => {
    const doc = page(`<meta property="og:title" content="Real headline here">`, `<nav><h1>Real headline here, sort of</h1></nav><article><h1>Real headline here</h1></article>`);
    expect(extractMetadata(doc, null).title).toBe('Real headline here');
  });
});
