/** How two forms of one headline relate: typography only, or words left out. Pure. */
import { clean } from './text';

export function tokens(text: string): string[] {
  return clean(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const SINGLE_QUOTES = /[‘’‚‛′`´]/g;
const DOUBLE_QUOTES = /[“”„‟″]/g;

function foldQuotes(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

/** Same text but for straight vs typographic quotes and apostrophes. */
export function sameTypography(a: string, b: string): boolean {
  return foldQuotes(a) === foldQuotes(b);
}

/**
 * True when `shorter` is `longer` with some words left out (the rest in the same
 * order), and keeps most of them: a headline and its lengthened version. A title cut
 * off mechanically (an ellipsis, or a raw quote that ended a meta attribute) is not.
 */
export function isShortenedFrom(shorter: string, longer: string): boolean {
  const short = tokens(shorter);
  const long = tokens(longer);
  if (short.length < 4 || short.length >= long.length || short.length < long.length * 0.6) return false;
  if (/(?:…|\.\.\.)$/.test(shorter) || endsAtRawQuote(shorter, longer)) return false;
  let i = 0;
  for (const word of long) if (word === short[i]) i++;
  return i === short.length;
}

function endsAtRawQuote(shorter: string, longer: string): boolean {
  const head = clean(shorter);
  const full = clean(longer);
  return full.startsWith(head) && /^\s*"/.test(full.slice(head.length));
}
