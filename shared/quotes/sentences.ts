import { isAbbreviation, type Range } from './tokens';

/**
 * Sentences of one block, quotations treated as opaque: a sentence ends at . ! ? (or
 * a quotation ending with one) followed by space and a capital, a digit or an
 * opening mark, or at 。！？ — not at an abbreviation (Mr., Sen., U.S., an initial).
 */
export function sentencesOf(text: string, block: Range, quotes: readonly Range[]): Range[] {
  const sentences: Range[] = [];
  let start = block.start;
  let q = 0;
  while (q < quotes.length && quotes[q]!.end <= block.start) q++;
  let i = block.start;
  while (i < block.end) {
    const quote = quotes[q];
    let terminal = false;
    let after = i + 1;
    if (quote && quote.start <= i) {
      // Skip the quotation; it ends a sentence when its last word does.
      const end = Math.min(quote.end, block.end);
      const inner = text.slice(Math.max(quote.start, i), end).replace(/[\s"'“”‘’«»„‚‹›」』]+$/u, '');
      terminal = end === quote.end && /[.!?。！？]$/u.test(inner) && !endsWithAbbreviation(inner);
      after = end;
      q++;

    } else {
      const ch = text[i]!;
      if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
        terminal = ch !== '.' || !endsWithAbbreviation(text.slice(Math.max(block.start, i - 20), i + 1));
        while (after < block.end && /[.!?…]/u.test(text[after]!)) after++;
      } else if (ch === '。' || ch === '！' || ch === '？') {
        while (after < block.end && /[。！？」』”’)）]/u.test(text[after]!)) after++;
        sentences.push({ start, end: after });
        start = skipSpace(text, after, block.end);
        i = start;
        continue;
      }
    }
    if (terminal) {
      while (after < block.end && /[)\]）’”"'»]/u.test(text[after]!) && !(quotes[q] && quotes[q]!.start === after)) after++;
      const next = skipSpace(text, after, block.end);
      if (next > after && next < block.end && /[\p{Lu}\p{N}"'“‘„«»(\[「『\p{Script=Hangul}\p{Script=Han}]/u.test(text[next]!)) {
        sentences.push({ start, end: after });
        start = next;
        i = next;
        continue;
      }
    }
    i = after;
  }
  if (start < block.end) sentences.push({ start, end: block.end });
  return sentences;
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/u.test(text[i]!)) i++;
  return i;
}

function endsWithAbbreviation(text: string): boolean {
  const space = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\n'), text.lastIndexOf('\u00a0'));
  const word = text.slice(space + 1).replace(/^[("'“‘[]+/u, '');
  return word !== '' && isAbbreviation(word);
}
