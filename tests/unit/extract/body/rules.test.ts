import { describe, expect, it } from 'vitest';
import { blockText, blockTexts } from '../../../../electron/core/extract/body/block-text';
import { isDateLine, judgeBlock } from '../../../../electron/core/extract/body/boilerplate';
import { extractBody, shouldUseJsonLd } from '../../../../electron/core/extract/body/extract-body';
import { readJsonLdArticleBody } from '../../../../electron/core/extract/body/json-ld';
import { parseHtml } from '../../../../electron/core/extract/parse-html';

const SENTENCE = 'The council voted on Tuesday to expand the harbour, a decision that had been delayed for three years by disputes over funding and the environmental review.';

function paragraphs(n: number, prefix = 'Paragraph'): string {
  return Array.from({ length: n }, (_, i) => `<p>${prefix} ${i + 1}. ${SENTENCE} Officials said the work would begin next spring and take about two years to finish.</p>`).join('\n');
}

function page(body: string, head = ''): string {
  return `<!doctype html><html><head><title>Harbour vote</title>${head}</head><body>${body}</body></html>`;
}

function extract(html: string): string {
  const result = extractBody(parseHtml(html), 'https://news.example/harbour');
  return result ? blockText(result.root) : '';
}

describe('extractBody', () => {
  it('returns the article paragraphs without the headline, nav and footer', () => {
    const text = extract(
      page(`<nav><a href="/">Home</a><a href="/news">News</a></nav>
        <article><h1>Harbour vote</h1>${paragraphs(5)}</article>
        <footer><p>© 2024 Example News. All rights reserved.</p></footer>`),
    );
    expect(text).toContain('Paragraph 1. The council voted');
    expect(text).toContain('Paragraph 5.');
    expect(text).not.toContain('Harbour vote');
    expect(text).not.toContain('All rights reserved');
    expect(text).not.toContain('Home');
  });

  it('drops the headline when the body repeats it as a heading', () => {
    const text = extract(
      page(`<article><h2>Harbour expansion approved after three-year delay</h2>${paragraphs(4)}</article>`, '<meta property="og:title" content="Harbour expansion approved after three-year delay">'),
    );
    expect(text).not.toContain('Harbour expansion approved');
    expect(text).toContain('Paragraph 1.');
  });

  it('removes share bars, related lists, newsletter boxes and captions by class', () => {
    const text = extract(
      page(`<article><div class="article-body">
        <div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Tweet this</a></div>
        ${paragraphs(3)}
        <figure><img src="a.jpg"><figcaption>The harbour at dawn. Photo: Jane Doe</figcaption></figure>
        <div class="newsletter-signup"><h3>Newsletter</h3><p>Get our morning briefing in your inbox every day.</p><a href="/subscribe">Subscribe</a></div>
        ${paragraphs(2, 'Later')}
        <div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Port strike ends after ten days</a></li><li><a href="/b">Mayor unveils budget</a></li></ul></div>
      </div></article>`),
    );
    expect(text).toContain('Later 2.');
    for (const junk of ['Share on Facebook', 'The harbour at dawn', 'morning briefing', 'Port strike ends', 'Related']) expect(text).not.toContain(junk);
  });

  it('keeps a figure with its image and caption, outside the body text', () => {
    const result = extractBody(parseHtml(page(`<article>${paragraphs(3)}<figure><img src="https://news.example/a.jpg" alt="Harbour"><figcaption>Caption text here</figcaption></figure>${paragraphs(2, 'More')}</article>`)), null);
    expect(result?.root.querySelector('img')?.getAttribute('src')).toBe('https://news.example/a.jpg');
    expect(result?.root.querySelector('figure > figcaption')?.textContent).toBe('Caption text here');
    expect(blockTexts(result!.root).join('\n\n')).not.toContain('Caption text here');
  });

  it('drops a caption that is not a figure caption', () => {
    const text = extract(page(`<article>${paragraphs(3)}<figcaption>Loose caption</figcaption>${paragraphs(2, 'More')}</article>`));
    expect(text).not.toContain('Loose caption');
  });

  it('drops a related-stories heading and the link list under it', () => {
    const text = extract(
      page(`<article>${paragraphs(4)}<p>More Great Stories</p><ul><li>Ships are getting bigger, <a href="/x">and ports must adapt</a></li><li>Why tides matter <a href="/y">more than you think</a></li></ul></article>`),
    );
    expect(text).toContain('Paragraph 4.');
    expect(text).not.toContain('More Great Stories');
    expect(text).not.toContain('Ships are getting bigger');
  });

  it('drops trailing sign-offs: tip lines, follow prompts, copyright', () => {
    const text = extract(
      page(`<article>${paragraphs(4)}
        <p><i>Have a tip? Jane Doe may be reached at jane@news.example. Follow her on Twitter @jane.</i></p>
        <p>Follow Example News on Instagram, Facebook and YouTube.</p>
        <p>© 2024 Example Media Group</p></article>`),
    );
    expect(text).toContain('Paragraph 4.');
    expect(text).not.toContain('Have a tip');
    expect(text).not.toContain('Instagram');
    expect(text).not.toContain('Example Media Group');
  });

  it('drops leading labels, bylines and date lines', () => {
    const text = extract(
      page(`<article><p>Politics</p><p>By Jane Doe and John Roe</p><p>Updated Nov 19, 2019, 9:41 AM</p>${paragraphs(4)}</article>`),
    );
    expect(text.startsWith('Paragraph 1.')).toBe(true);
  });

  it('keeps embedded tweets, which Readability drops with their "social" wrapper', () => {
    const text = extract(
      page(`<article>${paragraphs(3)}<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The harbour plan is a disaster for the bay <a href="https://t.co/x">https://t.co/x</a></p>— Someone (@someone) <a href="https://twitter.com/x">November 18, 2019</a></blockquote></div>${paragraphs(2, 'After')}</article>`),
    );
    expect(text).toContain('The harbour plan is a disaster for the bay');
    expect(text).toContain('After 2.');
  });

  it('keeps the trigger link of a hover card and drops the card', () => {
    const text = extract(
      page(`<article><p>Speaking to <span class="rollover-people"><a href="/p/jane">Jane Doe</a><span class="rollover-block"><img src="j.jpg"><a href="/p/jane">Jane Doe</a><a href="/s/1">Another story about Jane</a></span></span>, the mayor said the vote was final.</p>${paragraphs(4)}</article>`),
    );
    expect(text).toContain('Speaking to Jane Doe, the mayor said');
    expect(text).not.toContain('Another story about Jane');
  });

  it('returns null for a home page of links', () => {
    const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/story/${i}">Story headline number ${i} about the harbour and the council vote</a></li>`).join('');
    expect(extractBody(parseHtml(page(`<nav><a href="/">Home</a></nav><main><ul>${items}</ul></main>`)), 'https://news.example/')).toBeNull();
  });

  it('returns null for a page with no text', () => {
    expect(extractBody(parseHtml(page('<div><img src="x.jpg"></div>')), null)).toBeNull();
  });

  it('falls back to JSON-LD articleBody when the DOM holds only a teaser', () => {
    const body = Array.from({ length: 6 }, (_, i) => `Part ${i + 1}: ${SENTENCE}`).join('\n\n');
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour vote', articleBody: body });
    const result = extractBody(
      parseHtml(page(`<article><p>Subscribe to read the full story about the council's harbour vote and what it means for the city and its residents over the next decade.</p><p>Already a subscriber? Log in to continue reading this article today.</p></article>`, `<script type="application/ld+json">${ld}</script>`)),
      null,
    );
    expect(result).not.toBeNull();
    const blocks = blockTexts(result!.root);
    expect(blocks).toHaveLength(6);
    expect(blocks[5]).toContain('Part 6: The council voted');
    expect(result!.firstParagraph).toContain('Part 1:');
  });

  it('recovers content streamed into React placeholders', () => {
    const text = extract(page(`<main><article><template id="B:1"></template></article></main><div hidden id="S:1">${paragraphs(4)}</div>`));
    expect(text).toContain('Paragraph 4.');
  });

  it('ignores cookie consent dialogs', () => {
    const legal = Array.from({ length: 8 }, () => '<p>We and our partners use cookies and similar technologies to store and access information on your device, to measure audiences and to personalise advertising and content.</p>').join('');
    const text = extract(page(`<div id="onetrust-consent-sdk">${legal}</div><article>${paragraphs(3)}</article>`));
    expect(text).toContain('Paragraph 3.');
    expect(text).not.toContain('partners use cookies');
  });

  it('strips presentational attributes but keeps links and images', () => {
    const result = extractBody(parseHtml(page(`<article>${paragraphs(3)}<p class="x" style="color:red" data-id="1">See <a href="https://example.org/report" class="lnk" target="_blank">the report</a> for details of the council's harbour plan and its financing over the next decade.</p></article>`)), null);
    const link = result!.root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/report');
    expect(link.hasAttribute('class')).toBe(false);
    expect(link.outerHTML).toBe('<a href="https://example.org/report">the report</a>');
    expect(result!.root.querySelector('[style]')).toBeNull();
  });

  it('drops wrappers left empty but keeps those holding an image', () => {
    const html = page(
      `<article>${paragraphs(3)}<div class="slot"><div><span> </span></div></div>` +
        `<div class="pic"><div><picture><img src="https://example.org/a.jpg" alt="Harbour"></picture></div></div>${paragraphs(2, 'More')}</article>`,
    );
    const root = extractBody(parseHtml(html), null)!.root;
    expect(root.querySelector('img')?.getAttribute('src')).toBe('https://example.org/a.jpg');
    expect(Array.from(root.querySelectorAll('div, span')).filter((el) => !(el.textContent ?? '').trim() && !el.querySelector('img, picture, video, iframe, table'))).toEqual([]);
  });
});

describe('block rules', () => {
  const block = (html: string): Element => parseHtml(page(html)).body.firstElementChild!;

  it('recognises date lines in several languages', () => {
    expect(isDateLine('Updated Nov 19, 9:41 AM')).toBe(true);
    expect(isDateLine('Published 10:02 AM EST Nov 19, 2019')).toBe(true);
    expect(isDateLine('sexta-feira, 22 de outubro de 2010 às 20:13')).toBe(true);
    expect(isDateLine('20 Nisan 2026 • Güncelleme: 20 Nisan 2026')).toBe(true);
    expect(isDateLine('Top 5')).toBe(false);
    expect(isDateLine('The vote on Nov 19 was close.')).toBe(false);
  });

  it('flags junk lines and keeps sentences', () => {
    expect(judgeBlock(block('<p>Advertisement</p>')).junk).toBe(true);
    expect(judgeBlock(block('<p>Continue Reading Below</p>')).junk).toBe(true);
    expect(judgeBlock(block('<p>Read more: Port strike ends after ten days</p>')).junk).toBe(true);
    expect(judgeBlock(block('<p><strong><a href="/x">MAYOR UNVEILS NEW BUDGET FOR THE HARBOUR</a></strong></p>')).junk).toBe(true);
    expect(judgeBlock(block('<p>By Jane Doe</p>')).junk).toBe(true);
    expect(judgeBlock(block(`<p>${SENTENCE}</p>`)).junk).toBe(false);
    expect(judgeBlock(block('<p>Byron Bay residents were not consulted.</p>')).junk).toBe(false);
  });
});

describe('JSON-LD', () => {
  it('reads articleBody from a @graph', () => {
    const ld = JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': ['NewsArticle'], articleBody: 'First.\n\nSecond &amp; last.' }] });
    const doc = parseHtml(page('<p>x</p>', `<script type="application/ld+json">${ld}</script>`));
    expect(readJsonLdArticleBody(doc)).toBe('First.\n\nSecond & last.');
  });

  it('is preferred only when the DOM text covers little of it', () => {
    const ld = Array.from({ length: 10 }, (_, i) => `Sentence ${i} ${SENTENCE}`).join(' ');
    expect(shouldUseJsonLd(ld, ld)).toBe(false);
    expect(shouldUseJsonLd('Subscribe to continue reading.', ld)).toBe(true);
  });
});
