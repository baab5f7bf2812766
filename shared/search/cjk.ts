/**
 * Chinese, Japanese and Korean text for search. The word index's tokenizer
 * (unicode61) reads a run of CJK characters with no spaces as ONE token, so
 * "청년동맹" could only be found whole. CJK text therefore also goes into a second
 * index of overlapping character bigrams, where any substring of two or more
 * characters is a phrase of bigrams, and a single character is a prefix query.
 *
 * Policy: a CJK character is a Han ideograph, a kana or a Hangul syllable or
 * jamo — and only characters that unicode61 treats as token characters (letters
 * and numbers). Punctuation in those blocks (the katakana middle dot ・, ゠,
 * the spacing voiced marks ゛゜, the combining voiced marks) is not CJK: in the
 * bigram index it would be a separator and split a bigram in two.
 */

/** Inclusive code point ranges, sorted. */
const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x11ff], // Hangul Jamo
  [0x3005, 0x3007], // 々 〆 〇 (Han iteration mark, closing mark, ideographic zero)
  [0x3041, 0x3096], // Hiragana letters
  [0x309d, 0x309f], // ゝ ゞ ゟ
  [0x30a1, 0x30fa], // Katakana letters
  [0x30fc, 0x30ff], // ー ヽ ヾ ヿ
  [0x3131, 0x318e], // Hangul Compatibility Jamo
  [0x31f0, 0x31ff], // Katakana Phonetic Extensions
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa960, 0xa97c], // Hangul Jamo Extended-A
  [0xac00, 0xd7a3], // Hangul Syllables
  [0xd7b0, 0xd7fb], // Hangul Jamo Extended-B
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0xff66, 0xff9f], // Halfwidth Katakana (with ｰ ﾞ ﾟ, which are letters)
  [0xffa0, 0xffdc], // Halfwidth Hangul
  [0x20000, 0x2fa1f], // Extensions B–F and the Compatibility Ideographs Supplement
  [0x30000, 0x323af], // Extensions G and H
];

export function isCjkChar(codePoint: number): boolean {
  if (codePoint < 0x1100) return false;
  for (const [from, to] of CJK_RANGES) {
    if (codePoint < from) return false;
    if (codePoint <= to) return true;
  }
  return false;
}

/** Maximal runs of CJK characters, in order. Characters are code points (Extension B is two UTF-16 units). */
export function cjkRuns(text: string): string[] {
  const runs: string[] = [];
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isCjkChar(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(text.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) runs.push(text.slice(start));
  return runs;
}

/**
 * The tokens a run contributes to the bigram index: its overlapping bigrams, then
 * its last character alone, so every character starts some token (a one-character
 * query is a prefix query on that character). A one-character run is just itself.
 */
export function runTokens(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length <= 1) return chars;
  const tokens: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  tokens.push(chars[chars.length - 1]!);
  return tokens;
}

/**
 * What goes into the bigram index for a document: one line per CJK run, its
 * tokens separated by spaces; everything that is not CJK is left out. NFC first,
 * so decomposed Hangul (jamo sequences, as macOS writes them) is indexed as
 * syllables, the way people type it.
 */
export function cjkIndexText(text: string): string {
  return cjkRuns(text.normalize('NFC'))
    .map((run) => runTokens(run).join(' '))
    .join('\n');
}

/**
 * A search term split between the two indexes: `latin` for the word index (the
 * text with each CJK run replaced by a space, trimmed) and the CJK runs for the
 * bigram index. NFC like cjkIndexText, so both sides agree.
 */
export function splitTermText(text: string): { latin: string; cjk: string[] } {
  const normalised = text.normalize('NFC');
  const cjk = cjkRuns(normalised);
  if (cjk.length === 0) return { latin: normalised.trim(), cjk };
  let latin = '';
  let i = 0;
  while (i < normalised.length) {
    const cp = normalised.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isCjkChar(cp)) {
      if (!latin.endsWith(' ')) latin += ' ';
    } else {
      latin += normalised.slice(i, i + width);
    }
    i += width;
  }
  return { latin: latin.trim(), cjk };
}
