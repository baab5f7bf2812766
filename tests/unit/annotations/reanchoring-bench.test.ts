import { describe, expect, it } from 'vitest';
import type { BasilArticle, BasilSpan } from '../../../bench/annotate/basil';
import { concatenate, measureReanchoring } from '../../../bench/annotate/reanchoring';
import { buildCase, sentences } from '../../../bench/annotate/text-edits';
import { Random } from '../../../bench/library/random';
import { normalizeText } from '../../../shared/annotations/normalize-text';

/** A BASIL-like article: paragraphs joined by a blank line, sentences by a space, spans by their text. */
function article(key: string, paragraphs: string[][], quotes: string[]): BasilArticle {
  const text = paragraphs.map((sentences) => sentences.join(' ')).join('\n\n');
  const ranges: BasilArticle['paragraphs'] = [];
  let at = 0;
  for (const sentences of paragraphs) {
    const length = sentences.join(' ').length;
    ranges.push({ start: at, end: at + length });
    at += length + 2;
  }
  const spans: BasilSpan[] = quotes.map((quote, i) => {
    const start = text.indexOf(quote);
    if (start === -1) throw new Error(quote);
    return { id: `p${i}`, start, end: start + quote.length, text: quote, quote: true, speaker: '' };
  });
  return { key, source: 'test', title: key, text, paragraphs: ranges, spans, mismatched: 0 };
}

const ARTICLES = [
  article(
    'one',
    [
      ['The ministry announced on Monday that forty thousand volunteers would join the harvest.', 'Mr. Kim said it would last until October.'],
      ['Critics called the plan "a phony exercise" in propaganda.', 'One farmer said the volunteers had arrived without tools.'],
      ['The ministry did not respond to a request for comment.'],
    ],
    ['forty thousand volunteers', 'Critics', '"a phony exercise"', 'arrived without tools', 'did not respond'],
  ),
  article(
    'two',
    [
      ['Heavy rain delayed the first trains to the countryside on Sunday.', 'The state news agency blamed the weather.'],
      ['Officials promised that every field would be cleared by the end of the month.'],
    ],
    ['delayed the first trains', 'every field would be cleared'],
  ),
];

describe('the re-anchoring benchmark', () => {
  it('splits BASIL paragraphs into sentences, not at abbreviations', () => {
    const one = ARTICLES[0]!;
    const found = sentences(one.text, one.paragraphs[0]!).map((s) => one.text.slice(s.start, s.end));
    expect(found).toEqual(['The ministry announced on Monday that forty thousand volunteers would join the harvest.', 'Mr. Kim said it would last until October.']);
  });

  it('builds each case with the span where it really is in the changed text', () => {
    const random = new Random(7);
    for (const source of ARTICLES) {
      for (const span of source.spans) {
        const style = buildCase(0, source, span, random, ARTICLES)!;
        // Only white space and quote marks changed: the same words, normalised.
        expect(normalizeText(style.text.slice(style.expected!.start, style.expected!.end)).text).toBe(normalizeText(span.text).text);
        expect(style.text).not.toBe(source.text);
        for (const index of [1, 2, 3]) {
          const change = buildCase(index, source, span, random, ARTICLES);
          if (!change) continue;
          expect(change.text).not.toBe(source.text);
          expect(change.text.slice(change.expected!.start, change.expected!.end)).toBe(span.text);
        }
        const inside = buildCase(4, source, span, random, ARTICLES);
        if (span.text.split(' ').length >= 2) {
          const edited = inside!.text.slice(inside!.expected!.start, inside!.expected!.end);
          expect(edited).not.toBe(span.text);
          expect(edited.split(' ').length).toBe(span.text.split(' ').length);
        }
        const deleted = buildCase(5, source, span, random, ARTICLES)!;
        expect(deleted.expected).toBeNull();
        expect(deleted.text.length).toBeLessThan(source.text.length - span.text.length);
      }
    }
  });

  it('measures every case and finds every span on a small corpus', () => {
    const result = measureReanchoring(ARTICLES, 3);
    expect(result.cases.map((c) => c.name[0])).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    for (const c of result.cases) expect(c.wrong).toBe(0);
    const [a, b, , , e, f] = result.cases;
    expect(a).toMatchObject({ spans: 7, correct: 7 });
    expect(b).toMatchObject({ spans: 7, correct: 7 });
    // "Critics" is one word: (e) skips it.
    expect(e).toMatchObject({ spans: 6, skipped: 1 });
    expect(e!.foundAtEdit).toBeGreaterThanOrEqual(5);
    expect(f).toMatchObject({ spans: 7, correct: 7, orphaned: 0 });
    // The corpus is too small for a 2,000-word article: nothing is timed.
    expect(result.timing.n).toBe(0);
  });

  it('joins articles into a long one with the spans moved along', () => {
    const long = concatenate(ARTICLES, 10_000);
    expect(long.spans).toHaveLength(7);
    for (const span of long.spans) expect(long.text.slice(span.start, span.end)).toBe(span.text);
    for (const p of long.paragraphs) expect(long.text.slice(p.start, p.end)).not.toContain('\n\n');
  });
});
