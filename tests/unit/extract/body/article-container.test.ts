import { describe, expect, it } from 'vitest';
import { trimToArticle } from '../../../../electron/core/extract/body/article-container';
import { PageElements } from '../../../../electron/core/extract/page-elements';
import { parseHtml } from '../../../../electron/core/extract/parse-html';

const SENTENCE = 'The council voted on Tuesday to expand the harbour after three years of disputes over funding.';
const paragraphs = (n: number, prefix = 'P'): string => Array.from({ length: n }, (_, i) => `<p>${prefix}${i} ${SENTENCE}</p>`).join('');
const NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>';

function trim(html: string): Document {
  const document = parseHtml(html);
  trimToArticle(document, new PageElements(document));
  return document;
}

describe('trimToArticle', () => {
  it('keeps only the article when it holds most of the running text', () => {
    const doc = trim(
      `<body>${NAV}<div class="wrap"><aside><p>Most read: ${SENTENCE}</p></aside>` +
        `<article><h1>Harbour vote</h1>${paragraphs(8)}</article></div><footer><p>© Example</p></footer></body>`,
    );
    expect(doc.querySelector('article')?.querySelectorAll('p')).toHaveLength(8);
    expect(doc.querySelector('nav')).toBeNull();
    expect(doc.querySelector('aside')).toBeNull();
    expect(doc.querySelector('footer')).toBeNull();
  });

  it('leaves the page alone when the article holds too little of the text', () => {
    const doc = trim(`<body><article><h1>Harbour vote</h1>${paragraphs(3)}</article><div>${paragraphs(5, 'Q')}</div></body>`);
    expect(doc.querySelectorAll('p')).toHaveLength(8);
  });

  it('leaves short pages alone: Readability would search the whole page again anyway', () => {
    const doc = trim(`<body>${NAV}<article><h1>Harbour vote</h1><p>${SENTENCE}</p></article></body>`);
    expect(doc.querySelector('nav')).not.toBeNull();
  });

  it('does not count other stories\u2019 <article> teasers as this article\u2019s text', () => {
    const teasers = Array.from({ length: 6 }, (_, i) => `<article class="teaser">${paragraphs(1, `T${i}-`)}</article>`).join('');
    const doc = trim(`<body><section class="rail">${teasers}</section><article class="story"><h1>Harbour vote</h1>${paragraphs(7)}</article></body>`);
    expect(doc.querySelector('.rail')).toBeNull();
    expect(doc.querySelector('.story')?.querySelectorAll('p')).toHaveLength(7);
  });

  it('finds the container without an <article>: the element holding nearly all of the text', () => {
    const doc = trim(`<body>${NAV}<div id="page"><div id="text">${paragraphs(8)}</div><div id="promo"><a href="/x">More</a></div></div></body>`);
    expect(doc.getElementById('text')).not.toBeNull();
    expect(doc.getElementById('promo')).toBeNull();
    expect(doc.querySelector('nav')).toBeNull();
  });

  it('counts a summary\u2019s bullet points as text, but not menus of links', () => {
    const summary = `<ul class="summary"><li>${SENTENCE}</li><li>${SENTENCE}</li></ul>`;
    const doc = trim(`<body><div id="page"><div id="summary">${summary}</div><div id="text">${paragraphs(6)}</div></div></body>`);
    expect(doc.getElementById('summary')).not.toBeNull();
  });

  it('keeps JSON-LD outside the article, which Readability reads for byline and title', () => {
    const doc = trim(`<body><div><script type="application/ld+json">{"@type":"NewsArticle"}</script></div><article><h1>H</h1>${paragraphs(8)}</article></body>`);
    expect(doc.querySelector('script[type="application/ld+json"]')).not.toBeNull();
  });
});
