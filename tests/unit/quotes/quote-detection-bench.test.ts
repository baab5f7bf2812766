import { describe, expect, it } from 'vitest';
import type { BasilArticle, BasilSpan } from '../../../bench/annotate/basil';
import { containingQuote, isGroupLabel, isNamedSpeaker, lastWord, measureQuoteDetection } from '../../../bench/annotate/quote-detection';

/** A BASIL-like article with spans placed by their text (first occurrence after `from`). */
function article(text: string, spans: Array<{ text: string; quote: boolean; speaker?: string; from?: string }>): BasilArticle {
  const placed: BasilSpan[] = spans.map((span, i) => {
    const from = span.from ? text.indexOf(span.from) : 0;
    const start = text.indexOf(span.text, from);
    if (start < 0) throw new Error(`not in the text: ${span.text}`);
    return { id: `p${i}`, start, end: start + span.text.length, text: span.text, quote: span.quote, speaker: span.speaker ?? '' };
  });
  return { key: 'test_1', source: 'nyt', title: 'Test', text, paragraphs: [{ start: 0, end: text.length }], spans: placed, mismatched: 0 };
}

describe('the quote-detection metric', () => {
  it('reads speaker labels as the issue says', () => {
    expect(lastWord('Michael_Steele')).toBe('steele');
    expect(lastWord('House_Democrats')).toBe('democrats');
    expect(isNamedSpeaker('other_anti')).toBe(false);
    expect(isNamedSpeaker('')).toBe(false);
    expect(isNamedSpeaker('Democratic_lawmakers')).toBe(true);
  });

  it('counts a span as inside a quotation when 80 % of its characters are', () => {
    const quotes = [{ start: 10, end: 20, text: '', speaker: null }];
    expect(containingQuote(quotes, { start: 10, end: 20 })).toBe(quotes[0]);
    expect(containingQuote(quotes, { start: 8, end: 18 })).toBe(quotes[0]); // 8 of 10
    expect(containingQuote(quotes, { start: 7, end: 17 })).toBeNull(); // 7 of 10
  });

  it('measures recall, false inclusion and speaker accuracy', () => {
    const text =
      'Mr. Steele drew fierce criticism on Friday. “It was the president who was trying to be cute,” Mr. Steele said. ' +
      'A spokesman, Brad Woodhouse, said the remarks were “betting against our troops and rooting for failure.” His remarks were the latest in a string.';
    const result = measureQuoteDetection([
      article(text, [
        { text: 'who was trying to be cute', quote: true, speaker: 'Michael_Steele' },
        { text: 'betting against our troops', quote: true, speaker: 'Brad_Woodhouse' },
        { text: 'fierce', quote: false },
        { text: 'His remarks were the latest in a string.', quote: false },
        { text: 'the president', quote: true, speaker: 'other_anti' },
      ]),
    ]);
    expect(result).toMatchObject({ quoteSpans: 3, nonQuoteSpans: 2, speakerSpans: 2, recall: 1, falseInclusion: 0, speakerAccuracy: 1, misses: [] });
  });

  it('reports misses: a quote span outside every quotation fails recall and speaker', () => {
    const text = 'Mr. Steele said the war was a mistake. “We will win,” Mr. Lee said.';
    const result = measureQuoteDetection([
      article(text, [
        { text: 'the war was a mistake', quote: true, speaker: 'Michael_Steele' },
        { text: 'We will win', quote: false },
      ]),
    ]);
    expect(result.recall).toBe(0);
    expect(result.falseInclusion).toBe(1);
    expect(result.speakerAccuracy).toBe(0);
    expect(result.misses.map((miss) => miss.kind)).toEqual(['recall', 'speaker', 'false-inclusion']);
    expect(result.misses[1]).toMatchObject({ expected: 'Michael_Steele', got: null });
  });
});

describe('speaker labels of people and of groups', () => {
  it('tells a person’s label from a group’s', () => {
    for (const person of ['Michael_Steele', 'Donald_Trump', 'Jan_Brewer']) expect(isGroupLabel(person), person).toBe(false);
    for (const group of ['Democratic_lawmakers', 'Republican_Lawmakers', 'House_Democrats', 'House_Republicans', 'Obama_campaign', 'Catholics', 'plaintiffs', 'White_House_officials_and_lawmakers']) expect(isGroupLabel(group), group).toBe(true);
  });

  it('splits the speaker accuracy by the kind of label, without changing it', () => {
    const text = '“We will win,” Mr. Lee said. “It is a disgrace,” said Senator Ann Cole, a Democrat.';
    const result = measureQuoteDetection([
      article(text, [
        { text: 'We will win', quote: true, speaker: 'Tom_Lee' },
        { text: 'It is a disgrace', quote: true, speaker: 'Democratic_lawmakers' },
      ]),
    ]);
    expect(result.speakerAccuracy).toBe(0.5);
    expect(result.speakerByLabel).toEqual({ person: { spans: 1, right: 1 }, group: { spans: 1, right: 0 } });
  });
});
