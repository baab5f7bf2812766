import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../shared/compare/compare-texts';
import { linked, longestCommonRun, stripMarks } from '../../../shared/compare/quote-links';

const quote = 'We will never abandon the path of self-reliance chosen by our people';

describe('quote linking', () => {
  it('links a quotation trimmed at both ends, with other marks, case and spacing', () => {
    const a = `"${quote}," Kim said on Monday.`;
    const b = `The leader vowed that his country would “never  abandon the Path of self-reliance” in a speech, Yonhap reported.`;
    const result = compareTexts([{ id: 1, text: a }, { id: 2, text: b }]);
    const shared = result.quotes.filter((q) => !q.exclusive);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.occurrences.map((o) => o.id)).toEqual([1, 2]);
    expect(shared[0]!.speaker).toBe('Kim');
    expect(shared[0]!.text).toBe(`${quote},`);
    expect(shared[0]!.sourceIds).toEqual([1, 2]);
    const occurrence = shared[0]!.occurrences[1]!;
    expect(b.slice(occurrence.start, occurrence.end)).toBe('“never  abandon the Path of self-reliance”');
    expect(result.summary.sharedQuotes).toBe(1);
    expect(result.summary.sources.map((s) => s.sharedQuotes)).toEqual([1, 1]);
  });

  it('links a partial quotation and a quotation sharing a long run with different ends', () => {
    const a = `"${quote}, and we will build a prosperous nation," Kim said.`;
    const b = `Kim said, "Our people chose this. ${quote} and nothing will change that."`;
    const c = `The statement said: «the path of self-reliance chosen by our people».`;
    const result = compareTexts([{ id: 1, text: a }, { id: 2, text: b }, { id: 3, text: c }]);
    const shared = result.quotes.filter((q) => !q.exclusive);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.sourceIds).toEqual([1, 2, 3]);
  });

  it('marks a quotation found in one source only as exclusive, keeping its speaker', () => {
    const a = `"The harvest was the best in a decade," the agriculture minister said.`;
    const b = `"Sanctions have failed completely," an official said.`;
    const result = compareTexts([{ id: 1, text: a }, { id: 2, text: b }]);
    expect(result.quotes).toHaveLength(2);
    expect(result.quotes.every((q) => q.exclusive && q.occurrences.length === 1)).toBe(true);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['the agriculture minister', 'an official']);
    expect(result.summary).toMatchObject({ sharedQuotes: 0, exclusiveQuotes: 2 });
  });

  it('does not link quotations sharing only a common word or two', () => {
    expect(linked(['we', 'will', 'win', 'the', 'war', 'soon'], ['the', 'war', 'is', 'over', 'for', 'the', 'people', 'of', 'korea'])).toBe(false);
    expect(linked(['the', 'war'], ['the', 'war', 'is', 'over'])).toBe(true);
    expect(longestCommonRun(['a', 'b', 'c', 'd'], ['x', 'b', 'c', 'y'])).toBe(2);
    expect(stripMarks('«Bonjour»')).toBe('Bonjour');
  });
});
