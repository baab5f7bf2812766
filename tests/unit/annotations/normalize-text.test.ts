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

describe('normalizeText on many random texts', () => {
  const ALPHABET = ['a', 'b', 'é', ' ', ' ', '\n', '\r', '\t', '\u00a0', '\u3000', '\u0085', '\u200b', '\u00ad', '\ufeff', '“', '”', '‘', '’', '«', '—', '–', '…', '"', "'", '-', '.', '😀'];
  const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;
  /** The rules of normalizeText, written the slow and obvious way. */
  const reference = (text: string) =>
    text
      .replace(INVISIBLE, '')
      .replace(/[\s\u0085]+/g, ' ')
      .replace(/[\u2018\u2019\u201a\u201b\u2032\u2035\u2039\u203a\u0060\u00b4\u02b9\u02bb\u02bc\u02bd\u02c8\uff07]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\u02ba\u02dd\u301d\u301e\u301f\uff02]/g, '"')
      .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
      .replace(/\u2026/g, '...');

  it('gives the same copy as the rules, and maps each of its characters to characters that give it', () => {
    let seed = 42;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 3000; round++) {
      let text = '';
      for (let i = Math.floor(random() * 30); i > 0; i--) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
      const normalized = normalizeText(text);
      expect(normalized.text, JSON.stringify(text)).toBe(reference(text));
      for (let i = 0; i < normalized.text.length; i++) {
        const source = text.slice(originalStart(normalized, i), originalEnd(normalized, i));
        expect(reference(source), `${JSON.stringify(text)} at ${i}`).toContain(normalized.text[i]);
        // In order: only the three dots of one ‘…’ share their source.
        if (i > 0) expect(originalStart(normalized, i)).toBeGreaterThanOrEqual(normalized.text[i] === "." && text[originalStart(normalized, i)] === "…" ? originalStart(normalized, i - 1) : originalEnd(normalized, i - 1));
      }
    }
  });
});
