import { describe, expect, it } from 'vitest';
import { bibliography, bibliographyRuns, noteCitation } from '../../../electron/core/export/citations/bibliography';
import { runsFromCslHtml } from '../../../electron/core/export/citations/formatted-text';
import { cslItem, cslName, dateParts, type CitedWork } from '../../../shared/notes/csl-item';

const work = (over: Partial<CitedWork>): CitedWork => ({
  clippingId: 1,
  headline: 'Headline',
  outlet: 'Outlet',
  authors: [],
  published: null,
  url: null,
  captured: null,
  ...over,
});

// Chicago 17th ed. 14.191 / 14.206–14.207, newspaper articles (with the outlet in italics, dropped in plain text).
const nyt = cslItem(
  work({
    clippingId: 1,
    headline: 'After Afghanistan, Where Does the U.S. Go?',
    outlet: 'New York Times',
    authors: ['Mark Landler'],
    published: '2021-08-21',
    url: 'https://www.nytimes.com/2021/08/21/world/afghanistan-us.html',
    captured: '2021-08-22T10:00:00Z',
  }),
);
const unsigned = cslItem(work({ clippingId: 2, headline: 'In Texas, Ad Heats Up Race for Governor', outlet: 'New York Times', published: '2002-07-30' }));

describe('cited clippings as CSL-JSON', () => {
  it('maps a clipping to an article-newspaper item: title, outlet, authors, issued, accessed, URL', () => {
    expect(nyt).toEqual({
      id: 'clipping-1',
      type: 'article-newspaper',
      title: 'After Afghanistan, Where Does the U.S. Go?',
      'container-title': 'New York Times',
      author: [{ given: 'Mark', family: 'Landler' }],
      issued: { 'date-parts': [[2021, 8, 21]] },
      accessed: { 'date-parts': [[2021, 8, 22]] },
      URL: 'https://www.nytimes.com/2021/08/21/world/afghanistan-us.html',
    });
    expect(cslItem(work({ headline: null, outlet: null, url: 'javascript:alert(1)' }))).toEqual({ id: 'clipping-1', type: 'article-newspaper' });
  });

  it('reads bylines: Western names inverted later, Korean romanised names kept family first, agencies and other scripts whole', () => {
    expect(cslName('Jane Q. Doe')).toEqual({ given: 'Jane Q.', family: 'Doe' });
    expect(cslName('Ludwig van Beethoven')).toEqual({ given: 'Ludwig', family: 'van Beethoven' });
    expect(cslName('Kim Jae-won')).toEqual({ family: 'Kim', given: 'Jae-won', 'static-ordering': true });
    expect(cslName('Yonhap')).toEqual({ literal: 'Yonhap' });
    expect(cslName('Reuters Staff')).toEqual({ literal: 'Reuters Staff' });
    expect(cslName('김재원')).toEqual({ literal: '김재원' });
    expect(dateParts('2025-03-31T23:10:00-05:00')).toEqual({ 'date-parts': [[2025, 3, 31]] });
    expect(dateParts('2025-03')).toEqual({ 'date-parts': [[2025, 3]] });
    expect(dateParts('yesterday')).toBeUndefined();
  });
});

describe('Chicago notes and bibliography', () => {
  it('formats notes as CMOS does for newspaper articles, signed and unsigned', () => {
    expect(noteCitation(nyt, 'chicago')).toBe(
      'Mark Landler, “After Afghanistan, Where Does the U.S. Go?,” New York Times, August 21, 2021, https://www.nytimes.com/2021/08/21/world/afghanistan-us.html.',
    );
    expect(noteCitation(unsigned, 'chicago')).toBe('“In Texas, Ad Heats Up Race for Governor,” New York Times, July 30, 2002.');
  });

  it('formats the bibliography: first author inverted, unsigned articles under the newspaper, sorted', () => {
    expect(bibliography([unsigned, nyt], 'chicago')).toEqual([
      'Landler, Mark. “After Afghanistan, Where Does the U.S. Go?” New York Times, August 21, 2021. https://www.nytimes.com/2021/08/21/world/afghanistan-us.html.',
      'New York Times. “In Texas, Ad Heats Up Race for Governor.” July 30, 2002.',
    ]);
  });

  it('joins two and three authors as Chicago does, and gives an access date only when there is no publication date', () => {
    const three = cslItem(work({ authors: ['Jane Doe', 'John Smith', 'Ann Lee'], outlet: 'Globe', published: null, captured: '2025-04-02T10:00:00Z' }));
    expect(noteCitation(three, 'chicago')).toBe('Jane Doe, John Smith, and Ann Lee, “Headline,” Globe, accessed April 2, 2025.');
    expect(bibliography([three], 'chicago')).toEqual(['Doe, Jane, John Smith, and Ann Lee. “Headline.” Globe, accessed April 2, 2025.']);
    const two = cslItem(work({ authors: ['Jane Doe', 'John Smith'], published: '2025-01-05' }));
    expect(noteCitation(two, 'chicago')).toBe('Jane Doe and John Smith, “Headline,” Outlet, January 5, 2025.');
  });

  it('cites a quotation by someone else as "X, quoted in …", and not when the speaker wrote it', () => {
    expect(noteCitation(nyt, 'chicago', { quote: { speaker: 'Antony Blinken' } })).toMatch(/^Antony Blinken, quoted in Mark Landler, “After/);
    expect(noteCitation(nyt, 'chicago', { quote: { speaker: 'Mark Landler' } })).toMatch(/^Mark Landler, “After/);
  });

  it('keeps the outlet in italics for the exporters', () => {
    expect(bibliographyRuns([unsigned], 'chicago')[0]).toEqual([
      { text: 'New York Times', italic: true },
      { text: '. “In Texas, Ad Heats Up Race for Governor.” July 30, 2002.' },
    ]);
  });
});

describe('APA 7th edition', () => {
  it('formats references (the footnotes hold the whole reference: APA has no notes)', () => {
    expect(bibliography([nyt, unsigned], 'apa')).toEqual([
      'In Texas, Ad Heats Up Race for Governor. (2002, July 30). New York Times.',
      'Landler, M. (2021, August 21). After Afghanistan, Where Does the U.S. Go? New York Times. https://www.nytimes.com/2021/08/21/world/afghanistan-us.html',
    ]);
    expect(noteCitation(nyt, 'apa', { quote: { speaker: 'Antony Blinken' } })).toMatch(/^Antony Blinken, as quoted in Landler, M\. \(2021, August 21\)\./);
  });
});

describe('citation HTML as runs', () => {
  it('keeps italics, decodes entities and drops every other tag', () => {
    expect(runsFromCslHtml('<div class="csl-entry">A &amp; B, <i>Times</i>, <span style="font-style:italic">x</span> <script>y</script>&#60;z&#x3e;</div>')).toEqual([
      { text: 'A & B, ' },
      { text: 'Times', italic: true },
      { text: ', ' },
      { text: 'x', italic: true },
      { text: ' y<z>' },
    ]);
  });
});
