import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from './library-fixture';

/** Japanese and Chinese news write digits and Latin letters full-width as often as not. */
let t: TestLibrary;
let fullWidth: number;
let halfWidth: number;

beforeAll(() => {
  t = openTestLibrary();
  fullWidth = t.add('全角', { paragraphs: ['２０２５年３月、北朝鮮はＩＣＢＭを発射した。'] });
  halfWidth = t.add('半角', { paragraphs: ['2025年3月、北朝鮮はICBMを発射した。'] });
});
afterAll(() => t.close());

async function hits(query: string): Promise<number[]> {
  return (await t.call('clippings.search', { query, limit: 5 })).items.map((item) => item.id).sort((a, b) => a - b);
}

describe('Latin and digits next to Japanese', () => {
  it('finds half-width words and numbers written against kana and kanji', async () => {
    expect(await hits('ICBM')).toContain(halfWidth);
    expect(await hits('2025年')).toContain(halfWidth);
    expect(await hits('ICBMを発射')).toContain(halfWidth);
  });

  // BUG (width folding; arguably a gap): search folds case and accents but not width, so
  // `ICBM` does not find `ＩＣＢＭ` nor `2025年` find `２０２５年` (and the reverse): the word
  // index's unicode61 tokenizer does no NFKC, and neither the indexed text
  // (wordIndexText / cjkIndexText) nor the query is width-folded. Reproduce: a clipping
  // '２０２５年３月、北朝鮮はＩＣＢＭを発射した。' → clippings.search 'ICBM' or '2025年' → total 0.
  it('finds full-width Latin and digits from a half-width query, and the reverse', async () => {
    expect(await hits('ICBM')).toEqual([fullWidth, halfWidth]);
    expect(await hits('2025年')).toEqual([fullWidth, halfWidth]);
    expect(await hits('ＩＣＢＭ')).toEqual([fullWidth, halfWidth]);
  });
});
