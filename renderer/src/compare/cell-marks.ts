import type { DiffOp } from '../../../shared/compare/types';

/**
 * A passage of the Compare view cut into pieces that carry their marks: the word diff
 * against the row's first passage (words added or changed; words removed as "ghost"
 * text that is not part of the passage), linked quotations, and the clipping's
 * highlights. Every text piece knows its offset in the clipping's canonical text, so a
 * selection maps back to it exactly and a highlight lands where it was made.
 */
export interface QuoteSpan {
  /** Index in the comparison's quotes. */
  index: number;
  start: number;
  end: number;
  exclusive: boolean;
}

export interface HighlightSpan {
  id: number;
  start: number;
  end: number;
  color: number;
  comment: string;
}

export interface TextPiece {
  kind: 'text';
  /** Offset in the canonical text. */
  start: number;
  text: string;
  diff: 'added' | 'changed' | null;
  quote: QuoteSpan | null;
  /** The first piece of its quotation (where the quotation can take focus). */
  quoteFirst: boolean;
  highlight: HighlightSpan | null;
}

export interface GhostPiece {
  kind: 'ghost';
  /** What the first passage has here that this one does not (removed), or had instead (changed). */
  op: 'removed' | 'changed';
  text: string;
}

export type Piece = TextPiece | GhostPiece;

export interface MarkedParagraph {
  start: number;
  pieces: Piece[];
}

export interface LocatedDiff {
  marks: Array<{ start: number; end: number; kind: 'added' | 'changed' }>;
  ghosts: Array<{ at: number; op: 'removed' | 'changed'; text: string }>;
  /** Words the two passages have in common, over the words of both (Dice, 0–1). */
  alike: number;
  /** Whether the diff says something: most of one passage's words are in the other (not a rewrite). */
  readable: boolean;
}

/** Below this share of either passage's words in common, a word diff is noise: the passage is a rewrite. */
const READABLE_FROM = 0.4;

const SEPARATOR = '\n\n';
const wordsIn = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * Places each op in `text` (offsets relative to it). Ops are spans of words as written,
 * in order, without what lies between them; each is found forward from the last —
 * it starts with a word, so nothing in the gap before it can match first.
 */
export function locateDiff(text: string, ops: readonly DiffOp[]): LocatedDiff {
  const marks: LocatedDiff['marks'] = [];
  const ghosts: LocatedDiff['ghosts'] = [];
  const waiting: Array<{ op: 'removed' | 'changed'; text: string }> = [];
  let cursor = 0;
  let same = 0;
  let own = 0;
  let base = 0;
  const flush = (at: number) => ghosts.push(...waiting.splice(0).map((ghost) => ({ at, ...ghost })));
  for (const op of ops) {
    if (op.op === 'removed') {
      base += wordsIn(op.text);
      waiting.push({ op: 'removed', text: op.text });
      continue;
    }
    if (op.op === 'changed') {
      base += wordsIn(op.from);
      waiting.push({ op: 'changed', text: op.from });
    }
    const words = op.op === 'changed' ? op.to : op.text;
    const at = words === '' ? -1 : text.indexOf(words, cursor);
    if (at < 0) continue;
    flush(at);
    if (op.op === 'same') same += wordsIn(words);
    else {
      own += wordsIn(words);
      marks.push({ start: at, end: at + words.length, kind: op.op });
    }
    cursor = at + words.length;
  }
  flush(cursor);
  own += same;
  base += same;
  const share = (of: number) => (of === 0 ? 0 : same / of);
  return { marks, ghosts, alike: share((own + base) / 2), readable: Math.max(share(own), share(base)) >= READABLE_FROM };
}

/** The pieces of a passage (`text` starting at `start` in the canonical text), paragraph by paragraph. */
export function markPassage(
  text: string,
  start: number,
  diff: LocatedDiff | null,
  quotes: readonly QuoteSpan[],
  highlights: readonly HighlightSpan[],
): MarkedParagraph[] {
  const end = start + text.length;
  const within = <T extends { start: number; end: number }>(spans: readonly T[]) => spans.filter((s) => s.end > start && s.start < end);
  const marks = (diff?.marks ?? []).map((m) => ({ ...m, start: m.start + start, end: m.end + start }));
  const ghosts = (diff?.ghosts ?? []).map((g) => ({ ...g, at: g.at + start }));
  const ownQuotes = within(quotes);
  const ownHighlights = within(highlights);

  const cuts = new Set<number>();
  for (const span of [...marks, ...ownQuotes, ...ownHighlights]) cuts.add(span.start).add(span.end);
  for (const ghost of ghosts) cuts.add(ghost.at);

  const paragraphs: MarkedParagraph[] = [];
  let from = 0;
  while (from <= text.length) {
    const next = text.indexOf(SEPARATOR, from);
    const to = next < 0 ? text.length : next;
    paragraphs.push({ start: start + from, pieces: [] });
    const paragraph = paragraphs.at(-1)!;
    const ps = start + from;
    const pe = start + to;
    const points = [ps, pe, ...[...cuts].filter((c) => c > ps && c < pe)].sort((a, b) => a - b);
    for (let i = 0; i < points.length; i++) {
      const at = points[i]!;
      for (let g = 0; g < ghosts.length; g++) {
        if (ghosts[g]!.at !== at) continue;
        paragraph.pieces.push({ kind: 'ghost', op: ghosts[g]!.op, text: ghosts[g]!.text });
        ghosts.splice(g--, 1);
      }
      const until = points[i + 1];
      if (until === undefined || until === at) continue;
      paragraph.pieces.push(textPiece(text.slice(at - start, until - start), at, until, marks, ownQuotes, ownHighlights));
    }
    if (next < 0) break;
    from = next + SEPARATOR.length;
  }
  const seen = new Set<number>();
  for (const piece of paragraphs.flatMap((p) => p.pieces)) {
    if (piece.kind !== 'text' || !piece.quote || seen.has(piece.quote.index)) continue;
    seen.add(piece.quote.index);
    piece.quoteFirst = true;
  }
  return paragraphs;
}

function textPiece(
  text: string,
  start: number,
  end: number,
  marks: LocatedDiff['marks'],
  quotes: readonly QuoteSpan[],
  highlights: readonly HighlightSpan[],
): TextPiece {
  const covers = (span: { start: number; end: number }) => span.start <= start && span.end >= end;
  const quote = quotes.find(covers) ?? null;
  // Nested highlights: the shortest shows, so a small one inside a long one stays visible.
  const highlight = highlights.filter(covers).sort((a, b) => a.end - a.start - (b.end - b.start))[0] ?? null;
  return {
    kind: 'text',
    start,
    text,
    diff: marks.find(covers)?.kind ?? null,
    quote,
    quoteFirst: false,
    highlight,
  };
}
