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

describe('stripSiteName, bylines and look-alike segments', () => {
  it('drops a trailing "by" credit along with the site name', () => {
    expect(stripSiteName('Roommate agrees to interview | The Gateway Pundit | by Cristina Laila', ['The Gateway Pundit'])).toBe('Roommate agrees to interview');
    expect(stripSiteName('Zelensky weighs firing top general * The Gateway Pundit * by Paul Serran', ['The Gateway Pundit'])).toBe('Zelensky weighs firing top general');
  });

  it('keeps a headline that merely contains the site name', () => {
    expect(stripSiteName('The Guardian view on Hong Kong: a city on the brink | Editorial', ['The Guardian'])).toBe(
      'The Guardian view on Hong Kong: a city on the brink | Editorial',
    );
    expect(stripSiteName('Bubi-Bomber wieder da | Sport | BILD.de', ['Bild'])).toBe('Bubi-Bomber wieder da | Sport');
  });
});

describe('headlinesMatch', () => {
  it('ignores punctuation, quotes and case', () => {
    expect(headlinesMatch('Mexico’s economy grew 1.1%', "Mexico's economy grew 1.1%")).toBe(true);
    expect(headlinesMatch('Kim inspects factory', 'Moon visits Tokyo')).toBe(false);
  });
});

describe('title choice', () => {
  it('keeps the typography the declared titles share when the <h1> differs from them only in quotes', () => {
    const doc = page(
      `<meta property="og:title" content="Mexico's economy grew 1.1% | AP News"><meta property="og:site_name" content="AP News">` +
        `<title>Mexico's economy grew 1.1% | AP News</title>` +
        `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Mexico’s economy grew 1.1%"}</script>`,
      `<article><h1>Mexico’s economy grew 1.1%</h1><p>Body.</p></article>`,
    );
    expect(extractMetadata(doc, 'https://apnews.com/a').title).toBe("Mexico's economy grew 1.1%");
  });

  it('keeps the <h1> form when it differs from the declared title in more than quotes', () => {
    const doc = page(`<meta property="og:title" content="MEXICO'S ECONOMY GREW 1.1%">`, `<article><h1>Mexico’s economy grew 1.1%</h1></article>`);
    expect(extractMetadata(doc, null).title).toBe('Mexico’s economy grew 1.1%');
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

  it('takes og:title and the JSON-LD headline when they agree and only a secondary title confirms the heading', () => {
    const doc = page(
      `<meta property="og:title" content="Abnehmspritze kommt - So teuer wird sie"><meta name="twitter:title" content="Wegovy: So teuer wird die Spritze">` +
        `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Abnehmspritze kommt - So teuer wird sie"}</script>`,
      `<article><h2>Wegovy: So teuer wird die Spritze</h2><p>Body.</p></article>`,
    );
    expect(extractMetadata(doc, null).title).toBe('Abnehmspritze kommt - So teuer wird sie');
  });

  it('still prefers a heading that og:title or the JSON-LD headline confirms', () => {
    const doc = page(
      `<meta property="og:title" content="Annalena Baerbock: Jetzt Top-Job in New York"><title>Annalena Baerbock: Jetzt Top-Job in New York</title>` +
        `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Baerbock zur UN: Nur eine Etappe?"}</script>`,
      `<article><h2>Baerbock zur UN: Nur eine Etappe?</h2><p>Body.</p></article>`,
    );
    expect(extractMetadata(doc, null).title).toBe('Baerbock zur UN: Nur eine Etappe?');
  });

  it('takes the article <h1> when the declared titles disagree with each other and with it', () => {
    const doc = page(
      `<meta property="og:title" content="Der Kampf gegen die nächste Hitzewelle"><title>Verkehrschaos durch Hitze | mdr.de</title>` +
        `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Verkehrschaos durch Hitze"}</script>`,
      `<article><h1>So sind Straßenbahnen auf Hitzewellen vorbereitet</h1><p>Body.</p></article>`,
    );
    expect(extractMetadata(doc, 'https://www.mdr.de/a.html').title).toBe('So sind Straßenbahnen auf Hitzewellen vorbereitet');
  });

  it('keeps the declared title over an unconfirmed <h1> when the declared titles agree', () => {
    const doc = page(
      `<meta property="og:title" content="Verkehrschaos durch Hitze"><title>Verkehrschaos durch Hitze</title>`,
      `<article><h1>So sind Straßenbahnen vorbereitet</h1><p>Body.</p></article>`,
    );
    expect(extractMetadata(doc, null).title).toBe('Verkehrschaos durch Hitze');
  });

  it('takes og:title when the heading is the same headline lengthened', () => {
    const doc = page(
      `<meta property="og:title" content="Chelsea send clear message of intent on proud day at Cobham">`,
      `<article><h1>Chelsea send clear message of intent on proud day at Cobham in battling win over Tottenham</h1></article>`,
    );
    expect(extractMetadata(doc, null).title).toBe('Chelsea send clear message of intent on proud day at Cobham');
  });

  it('keeps the heading when og:title was cut off at a raw quote', () => {
    const doc = page(
      `<meta property="og:title" content="Hamburg Marathon 2024: Überlegener Sieger und ">`,
      `<article><h1>Hamburg Marathon 2024: Überlegener Sieger und "royaler Besuch"</h1></article>`,
    );
    expect(extractMetadata(doc, null).title).toBe('Hamburg Marathon 2024: Überlegener Sieger und "royaler Besuch"');
  });
});
