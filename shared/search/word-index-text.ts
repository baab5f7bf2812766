/** Korean, Chinese and Japanese letters (what the bigram index covers). */
const CJK = '\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}';
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');
const SCRIPT_BOUNDARY = new RegExp(`(?<=(?![${CJK}])[\\p{L}\\p{N}])(?=[${CJK}])|(?<=[${CJK}])(?=(?![${CJK}])[\\p{L}\\p{N}])`, 'gu');

/**
 * The text the word index tokenizes: a space is put wherever CJK meets another letter
 * or digit. A word tokenizer reads `ICBM을` or `2025년` as one token, so `ICBM` would
 * not find it; split, the Latin part is a word of its own and the CJK part is found
 * through the bigram index as before.
 */
export function wordIndexText(text: string): string {
  const folded = foldWidth(text);
  return HAS_CJK.test(folded) ? folded.replace(SCRIPT_BOUNDARY, ' ') : folded;
}

/**
 * Full-width Latin letters and digits (`ＩＣＢＭ`, `２０２５`), common in Japanese and
 * Chinese news, as their ASCII forms; what is indexed and what is searched both pass here.
 */
export function foldWidth(text: string): string {
  return /[\uff01-\uff5e]/.test(text) ? text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;
}
