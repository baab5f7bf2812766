import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { compilePattern, searchIn } from '../../../shared/annotations/approx-search';

describe('searchIn', () => {
  it('finds the best approximate matches in a stretch of a text, offsets from its start', () => {
    const text = 'The ministry said forty thousand volunteers; the ministery said fourty thousand.';
    const pattern = compilePattern('ministry said');
    expect(searchIn(pattern, text, 0, text.length, 2)).toEqual([{ start: 4, end: 17, errors: 0 }]);
    const second = text.indexOf('; ') + 1;
    expect(searchIn(pattern, text, second, text.length, 2)).toEqual([{ start: 5, end: 19, errors: 1 }]);
    expect(searchIn(pattern, text, second, text.length, 0)).toEqual([]);
  });

  it('gives what approx-string-match gives for the same slice, on many random texts and patterns', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = (alphabet: string, length: number) => {
      let out = '';
      for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
      return out;
    };
    for (let round = 0; round < 1500; round++) {
      // Small alphabets for many matches; long patterns for several 32-character blocks; some non-ASCII and astral characters.
      const alphabet = round % 3 === 0 ? 'ab' : round % 3 === 1 ? 'abcde ' : 'aé😀“ ';
      const text = pick(alphabet, Math.floor(random() * 300));
      const pattern = random() < 0.5 ? pick(alphabet, 1 + Math.floor(random() * 100)) : text.slice(Math.floor(random() * text.length)).slice(0, 1 + Math.floor(random() * 90));
      if (pattern.length === 0) continue;
      const from = Math.floor(random() * (text.length + 1));
      const to = from + Math.floor(random() * (text.length - from + 1));
      const maxErrors = Math.floor(random() * (pattern.length / 2 + 2));
      const compiled = compilePattern(pattern);
      expect(searchIn(compiled, text, from, to, maxErrors), JSON.stringify({ text, pattern, from, to, maxErrors })).toEqual(search(text.slice(from, to), pattern, maxErrors));
    }
  });
});
