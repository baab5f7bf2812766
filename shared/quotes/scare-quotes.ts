import type { Range } from './tokens';

/**
 * Scare quotes: a single quoted word inside the journalist's own sentence (a “clean”
 * bill, called the law “toxic”). They are quotations typographically, but not what an
 * analyst marks as a quote; measured on BASIL, leaving them out costs little recall
 * and most of the false inclusions (see bench/annotate/quote-detection.ts). A single
 * word that is said on its own stays: “Yup.” after a colon, “No,” she said, or a
 * sentence of its own.
 */
export function isScareQuote(text: string, quote: Range, sentence: Range, attributedAfter: boolean, hasSpeaker: boolean): boolean {
  const inner = text.slice(quote.start + 1, quote.end - 1);
  const words = wordCount(inner);
  if (words > 2 || (words === 2 && hasSpeaker)) return false;
  if (attributedAfter) return false;
  let k = quote.start - 1;
  while (k >= sentence.start && /\s/u.test(text[k]!)) k--;
  return k >= sentence.start && text[k] !== ':' && text[k] !== ',';
}

/** Words of the quotation: space-separated words, and Chinese or Japanese characters two to a word. */
function wordCount(inner: string): number {
  const ideographs = (inner.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const rest = inner.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' ');
  return rest.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length + Math.ceil(ideographs / 2);
}
