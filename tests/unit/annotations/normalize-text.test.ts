import { describe, expect, it } from 'vitest';
import { normalizeText, originalEnd, originalStart, toNormalizedOffset, toOriginalRange } from '../../../shared/annotations/normalize-text';

describe('normalizeText', () => {
  it('folds white space, quote marks, apostrophes, dashes, the ellipsis, and drops invisible characters', () => {
    const original = 'He said:\n\n“It’s  done…”\u00a0— a\u200bgain\t«ok»';
    expect(normalizeText(original).text).toBe('He said: "It\'s done..." - again "ok"');
  });

  it('returns the text itself when there is nothing to change', () => {
    const original = 'Plain words, one space each.';
    expect(normalizeText(original).text).toBe(original);
  });

  it('maps every character of the copy back to the characters it came from', () => {
    const original = 'a  b\n\n“c…”\u200bd';
    const normalized = normalizeText(original);
    expect(normalized.text).toBe('a b "c..."d');
    const sources = [...normalized.text].map((_c, i) => original.slice(originalStart(normalized, i), originalEnd(normalized, i)));
    expect(sources).toEqual(['a', '  ', 'b', '\n\n', '“', 'c', '…', '…', '…', '”', 'd']);
  });

  it('maps ranges both ways', () => {
    const original = 'one  two\n\nthree';
    const normalized = normalizeText(original);
    const at = normalized.text.indexOf('two three');
    expect(toOriginalRange(normalized, at, at + 'two three'.length)).toEqual({ start: 5, end: original.length });
    expect(toOriginalRange(normalized, 3, 4)).toEqual({ start: 3, end: 5 }); // the run of two spaces
    expect(toNormalizedOffset(normalized, 5)).toBe(at);
    expect(toNormalizedOffset(normalized, 4)).toBe(4); // inside the run: the next character of the copy
    expect(toNormalizedOffset(normalized, original.length)).toBe(normalized.text.length);
  });
});
