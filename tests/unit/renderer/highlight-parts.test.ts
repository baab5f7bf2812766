import { describe, expect, it } from 'vitest';
import { highlightParts } from '../../../renderer/src/search/highlight-parts';

const join = (parts: Array<{ text: string }>) => parts.map((part) => part.text).join('');

describe('highlightParts', () => {
  it('splits a snippet at its highlight ranges', () => {
    expect(highlightParts('The youth league met', [[4, 9], [10, 16]])).toEqual([
      { text: 'The ', match: false },
      { text: 'youth', match: true },
      { text: ' ', match: false },
      { text: 'league', match: true },
      { text: ' met', match: false },
    ]);
  });

  it('marks CJK by UTF-16 offsets', () => {
    expect(highlightParts('애국청년동맹', [[2, 4]])).toEqual([
      { text: '애국', match: false },
      { text: '청년', match: true },
      { text: '동맹', match: false },
    ]);
  });

  it('merges overlapping and touching ranges, in any order', () => {
    expect(highlightParts('abcdefgh', [[4, 6], [1, 3], [2, 5]])).toEqual([
      { text: 'a', match: false },
      { text: 'bcdef', match: true },
      { text: 'gh', match: false },
    ]);
  });

  it('clamps ranges outside the text and drops empty ones; the parts always join back', () => {
    const text = 'short';
    const parts = highlightParts(text, [[-3, 2], [4, 99], [3, 3], [8, 9]]);
    expect(parts).toEqual([
      { text: 'sh', match: true },
      { text: 'or', match: false },
      { text: 't', match: true },
    ]);
    expect(join(parts)).toBe(text);
  });

  it('leaves markup-looking text as text', () => {
    const parts = highlightParts('<b>bold</b> claim', [[12, 17]]);
    expect(parts).toEqual([
      { text: '<b>bold</b> ', match: false },
      { text: 'claim', match: true },
    ]);
  });

  it('gives one plain part without ranges, nothing for empty text', () => {
    expect(highlightParts('plain', [])).toEqual([{ text: 'plain', match: false }]);
    expect(highlightParts('', [[0, 2]])).toEqual([]);
  });
});
