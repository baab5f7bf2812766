import type MarkdownIt from 'markdown-it';

type Token = ReturnType<MarkdownIt['parse']>[number];
type CoreRule = Parameters<MarkdownIt['core']['ruler']['at']>[1];

/** `[@123]`: an inline citation of clipping 123. */
const CITATION = /\[@(\d{1,15})\]/g;

/** Where a text token holds characters the writer escaped (`\[`) or wrote as entities (`&#91;`). */
interface LiteralRanges {
  literal: Array<[start: number, end: number]>;
}

/**
 * Replaces markdown-it's `text_join` (which merges escaped characters into the text around
 * them) with the same join that remembers where the escaped characters were, so that
 * `\[@12]` — the writer's way to keep those characters — stays text and is not a citation.
 */
export function keepEscapesApart(md: MarkdownIt): void {
  md.core.ruler.at('text_join', joinText);
}

const joinText: CoreRule = (state) => {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const joined: Token[] = [];
    for (const token of block.children) {
      const escaped = token.type === 'text_special';
      if (token.type !== 'text' && !escaped) {
        joined.push(token);
        continue;
      }
      const last = joined.at(-1);
      const joins = last?.type === 'text';
      const target = joins ? last! : token;
      const start = joins ? target.content.length : 0;
      if (joins) target.content += token.content;
      else {
        token.type = 'text';
        joined.push(token);
      }
      if (escaped) ((target.meta as LiteralRanges | null) ??= { literal: [] }).literal.push([start, start + token.content.length]);
    }
    block.children = joined;
  }
};

/** The citations in a text token, in order: where each starts, its length and the clipping id. */
export function citationsIn(token: Token): Array<{ index: number; length: number; clippingId: number }> {
  const literal = (token.meta as LiteralRanges | null)?.literal ?? [];
  const found: Array<{ index: number; length: number; clippingId: number }> = [];
  for (const match of token.content.matchAll(CITATION)) {
    const end = match.index + match[0].length;
    if (literal.some(([from, to]) => from < end && to > match.index)) continue;
    found.push({ index: match.index, length: match[0].length, clippingId: Number(match[1]) });
  }
  return found;
}
