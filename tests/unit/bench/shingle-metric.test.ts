import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { aggregate, precisionScore, recallScore, scorePage, shingleMatching, shingles, tokenize } from '../../../bench/extract/shingle-metric';

const fixture = (name: string) => JSON.parse(gunzipSync(readFileSync(join(import.meta.dirname, 'fixtures', name))).toString('utf8'));

describe('tokenize: the benchmark\'s \\w+', () => {
  it('keeps letters, digits and underscores of any script, as written', () => {
    expect(tokenize('The cat_1 sat; the Café — 서울 2025!')).toEqual(['The', 'cat_1', 'sat', 'the', 'Café', '서울', '2025']);
  });

  it('does not lower-case: The and the are different tokens', () => {
    expect(shingleMatching('The A B C', 'the A B C')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
  });

  it('splits on combining marks, as Python\'s \\w does (no normalisation)', () => {
    // "e" + COMBINING ACUTE ACCENT: the mark is not a word character.
    expect(tokenize('Cafe\u0301 ok')).toEqual(['Cafe', 'ok']);
    expect(tokenize('हिन्दी')).toEqual(['ह', 'न', 'द']);
  });

  it('yields nothing for empty or missing text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(null)).toEqual([]);
    expect(tokenize(' — ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('counts every run of 4 consecutive tokens', () => {
    expect([...shingles('a b c d e a b c d')]).toEqual([
      ['a b c d', 2],
      ['b c d e', 1],
      ['c d e a', 1],
      ['d e a b', 1],
      ['e a b c', 1],
    ]);
  });

  it('makes one shingle of the whole text when it has fewer than 4 tokens', () => {
    expect([...shingles('just two')]).toEqual([['just two', 1]]);
    expect([...shingles('')]).toEqual([]);
  });
});

describe('per page', () => {
  it('divides tp, fp and fn by their sum', () => {
    // truth shingles: abcd bcde; prediction: abcd bcdf → tp 1, fp 1, fn 1.
    const counts = shingleMatching('a b c d e', 'a b c d f');
    expect(counts.tp).toBeCloseTo(1 / 3);
    expect(counts.fp).toBeCloseTo(1 / 3);
    expect(counts.fn).toBeCloseTo(1 / 3);
    expect(scorePage('a b c d e', 'a b c d f')).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('counts repeated shingles (min of the counts)', () => {
    const counts = shingleMatching('a b c d a b c d', 'a b c d');
    // truth: abcd×2, bcda, cdab, dabc; prediction: abcd → tp 1, fn 4.
    expect(counts).toEqual({ tp: 0.2, fp: 0, fn: 0.8 });
  });

  it('ignores punctuation and white space, not words', () => {
    expect(scorePage('One two,\n\nthree four.', 'One two three four')).toMatchObject({ precision: 1, recall: 1 });
  });

  it('has the special cases: 1 when nothing is wrong, 0 when nothing is right', () => {
    expect(precisionScore({ tp: 1, fp: 0, fn: 0 })).toBe(1);
    expect(recallScore({ tp: 1, fp: 0, fn: 0 })).toBe(1);
    expect(precisionScore({ tp: 0, fp: 0, fn: 0 })).toBe(1);
    expect(precisionScore({ tp: 0, fp: 0, fn: 1 })).toBe(0);
    expect(recallScore({ tp: 0, fp: 1, fn: 0 })).toBe(0);
    expect(scorePage('a b c d', 'w x y z')).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('aggregate', () => {
  it('averages precision and recall over pages, then takes F1 of the averages', () => {
    const pages = [shingleMatching('a b c d e', 'a b c d e'), shingleMatching('a b c d e', 'a b c d e f g h i')];
    // page 2: truth abcd bcde; prediction abcd bcde cdef defg efgh fghi → P 2/6, R 1.
    const score = aggregate(pages);
    expect(score.precision).toBeCloseTo((1 + 1 / 3) / 2);
    expect(score.recall).toBeCloseTo(1);
    expect(score.f1).toBeCloseTo((2 * score.precision * score.recall) / (score.precision + score.recall));
  });

  it('leaves an empty prediction out of the precision average (it only costs recall)', () => {
    const score = aggregate([shingleMatching('a b c d', 'a b c d'), shingleMatching('a b c d', '')]);
    expect(score).toMatchObject({ precision: 1, recall: 0.5, precisionPages: 1, recallPages: 2 });
  });

  it('reproduces the benchmark: Readability.js 0.6.0 on the 88 pages scores P 0.923, R 0.982, F1 0.951', () => {
    const truth = fixture('extraction-ground-truth.json.gz') as Record<string, { articleBody: string }>;
    const readability = fixture('extraction-readability_js-0.6.0-output.json.gz') as Record<string, { articleBody: string }>;
    const ids = Object.keys(truth);
    expect(ids).toHaveLength(88);
    expect(Object.keys(readability).sort()).toEqual([...ids].sort());
    const score = aggregate(ids.map((id) => shingleMatching(truth[id]!.articleBody, readability[id]!.articleBody)));
    expect(Math.abs(score.precision - 0.923)).toBeLessThanOrEqual(0.002);
    expect(Math.abs(score.recall - 0.982)).toBeLessThanOrEqual(0.002);
    expect(Math.abs(score.f1 - 0.951)).toBeLessThanOrEqual(0.002);
  });
});
