import { APOSTROPHE_LIKE, CLOSERS, CONTINUERS, markTokens, type MarkToken } from './quote-marks';

/**
 * Quotation spans in canonical text: marks paired block by block (blocks are
 * separated by a blank line), nested marks inside a quotation kept inside it, and a
 * quotation continued in the next block when that block opens with a quotation mark
 * and the quotation was not closed (news style). An unclosed quotation never runs
 * past its block: it ends there when it plausibly opened a quoted passage, or is dropped.
 */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or the end of the last block of an unclosed quotation). */
  end: number;
  /** The opening mark. */
  open: string;
  /** False when the quotation was not closed by a mark. */
  closed: boolean;
  /** Offsets of the blocks (paragraphs) the quotation covers, first to last. */
  blocks: Array<{ start: number; end: number }>;
}

interface Open {
  pos: number;
  char: string;
}

export interface Block {
  start: number;
  end: number;
}

/** The blocks of canonical text: runs separated by blank lines. */
export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  const separator = /\n[ \t\u00a0]*\n\s*/g;
  let start = 0;
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    pushBlock(text, start, match.index, blocks);
    start = match.index + match[0].length;
  }
  pushBlock(text, start, text.length, blocks);
  return blocks;
}

function pushBlock(text: string, start: number, end: number, blocks: Block[]): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) blocks.push({ start, end });
}

export function findQuoteSpans(text: string, blocks: Block[] = blocksOf(text)): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const tokenCache = new Map<number, MarkToken[]>();
  const tokensOf = (b: number): MarkToken[] => {
    let tokens = tokenCache.get(b);
    if (!tokens) {
      tokens = markTokens(text, blocks[b]!.start, blocks[b]!.end);
      tokenCache.set(b, tokens);
    }
    return tokens;
  };
  /** A quotation left open at the end of the previous block. */
  let carried: { open: Open; blocks: Block[] } | null = null;
  /** Where to resume in a block whose beginning closed a carried quotation. */
  let resumeAt = 0;

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const tokens = tokensOf(b);
    const stack: Open[] = [];
    let coveredBlocks: Block[] = [block];
    let first = resumeAt;
    resumeAt = 0;

    if (carried) {
      // News style: a paragraph that continues the quotation opens with a quotation mark
      // (French may open it with » followed by a space).
      const lead = tokens[0];
      const continues = !!lead && lead.pos === block.start && (lead.canOpen || lead.char === '»') && (CONTINUERS[carried.open.char]?.includes(lead.char) ?? false);
      const later = continues ? null : closingLater(carried.open, b);
      if (!later) {
        if (continues) {
          stack.push(carried.open);
          coveredBlocks = [...carried.blocks, block];
          first = 1;
        } else {
          emitUnclosed(text, carried.open, carried.blocks, spans);
        }
      } else {
        const closer = tokensOf(later.block)[later.token]!;
        spans.push({ start: carried.open.pos, end: closer.pos + 1, open: carried.open.char, closed: true, blocks: [...carried.blocks, ...blocks.slice(b, later.block + 1)] });
        carried = null;
        resumeAt = later.token + 1;
        b = later.block - 1;
        continue;
      }
      carried = null;
    }

    for (let t = first; t < tokens.length; t++) {
      const token = tokens[t]!;
      const bottom = stack[0];
      if (bottom && closeIfPossible(stack, token)) {
        if (stack.length === 0) {
          spans.push({ start: bottom.pos, end: token.pos + 1, open: bottom.char, closed: true, blocks: coveredBlocks });
          coveredBlocks = [block];
        }
        continue;
      }
      if (!token.canOpen) continue;
      // A second opening mark of the quotation's own kind nests (“… “…” …”), as careless
      // typography does; the outer quotation then needs a closing mark of its own.
      stack.push({ pos: token.pos, char: token.char });
    }

    if (stack.length > 0) carried = { open: stack[0]!, blocks: coveredBlocks };
  }
  if (carried) emitUnclosed(text, carried.open, carried.blocks, spans);
  return spans;

  /**
   * A quoted passage whose later paragraphs do not reopen it (a letter, a post): the
   * quotation ends at the first closing mark that closes nothing in its own block,
   * provided the blocks on the way hold only complete quotations of their own.
   */
  function closingLater(open: Open, from: number): { block: number; token: number } | null {
    const closers = CLOSERS[open.char];
    if (!closers || APOSTROPHE_LIKE.has(open.char)) return null;
    for (let b = from; b < blocks.length && b < from + MAX_PASSAGE_BLOCKS; b++) {
      const tokens = tokensOf(b);
      const stack: Open[] = [];
      for (let t = 0; t < tokens.length; t++) {
        const token = tokens[t]!;
        if (stack.length === 0 && token.canClose && closers.includes(token.char) && !(token.char === '"' && token.canOpen)) return { block: b, token: t };
        if (stack.length > 0 && closeIfPossible(stack, token)) continue;
        if (token.canOpen) stack.push({ pos: token.pos, char: token.char });
      }
      if (stack.length > 0) return null;
    }
    return null;
  }
}

/** How deep a closing mark looks for the quotation it closes. */
const MAX_NESTING = 8;

/** How many blocks a quoted passage without reopening marks may run over. */
const MAX_PASSAGE_BLOCKS = 8;

/** Close the top of the stack, or (for a mark that is never an apostrophe) a quotation deeper in it. */
function closeIfPossible(stack: Open[], token: MarkToken): boolean {
  // Straight double marks alternate: one that cannot close (a space before it) still
  // closes an open straight quotation.
  if (token.char === '"' && stack[stack.length - 1]!.char === '"') {
    stack.pop();
    return true;
  }
  // A left double mark typed where the right one belongs: “Who can guarantee you happiness?“ he asked.
  if (token.char === '“' && !token.canOpen && token.canClose && stack[stack.length - 1]!.char === '“') {
    stack.pop();
    return true;
  }
  if (!token.canClose) return false;
  // Quotations nest a few levels at most; looking deeper would make a run of marks quadratic.
  for (let i = stack.length - 1; i >= 0 && i >= stack.length - MAX_NESTING; i--) {
    if (CLOSERS[stack[i]!.char]?.includes(token.char)) {
      if (i < stack.length - 1 && APOSTROPHE_LIKE.has(token.char)) return false;
      stack.length = i;
      return true;
    }
    if (APOSTROPHE_LIKE.has(token.char)) return false;
  }
  return false;
}

/**
 * An unclosed quotation ends at the end of its last block when it opened the block or
 * was introduced (after a colon or a comma); otherwise it is dropped.
 */
function emitUnclosed(text: string, open: Open, blocks: Block[], spans: QuoteSpan[]): void {
  const first = blocks[0]!;
  const last = blocks[blocks.length - 1]!;
  const before = text.slice(first.start, open.pos).trimEnd();
  const introduced = before === '' || /[:,.!?]$/u.test(before) || blocks.length > 1;
  if (!introduced) return;
  spans.push({ start: open.pos, end: last.end, open: open.char, closed: false, blocks });
}
