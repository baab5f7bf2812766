import type { DocNode } from './document-types';

/**
 * The canonical plain text of a clipping: what search indexes, what annotation
 * selectors point into, what comparison and export read. Each text block (a
 * paragraph, heading, caption, or table row) becomes one block of text; blocks are
 * separated by a blank line; a hard break is a newline; table cells are separated
 * by a tab. Changing these rules moves every annotation anchor: don't.
 */
export const BLOCK_SEPARATOR = '\n\n';

export interface TextBlock {
  /** The node type the block came from: paragraph, heading, figure, tableRow. */
  type: string;
  text: string;
  /** Offsets of the block in the canonical text. */
  start: number;
  end: number;
}

export function textBlocks(doc: DocNode): TextBlock[] {
  const raw: Array<{ type: string; text: string }> = [];
  collectBlocks(doc, raw);
  const blocks: TextBlock[] = [];
  let offset = 0;
  for (const block of raw) {
    if (block.text.trim() === '') continue;
    if (blocks.length > 0) offset += BLOCK_SEPARATOR.length;
    blocks.push({ type: block.type, text: block.text, start: offset, end: offset + block.text.length });
    offset += block.text.length;
  }
  return blocks;
}

export function canonicalText(doc: DocNode): string {
  return textBlocks(doc)
    .map((block) => block.text)
    .join(BLOCK_SEPARATOR);
}

function collectBlocks(node: DocNode, out: Array<{ type: string; text: string }>): void {
  if (node.type === 'tableRow') {
    const cells = (node.content ?? []).map((cell) => cellText(cell));
    out.push({ type: 'tableRow', text: cells.join('\t') });
    return;
  }
  if (isTextBlock(node)) {
    out.push({ type: node.type, text: inlineText(node) });
    return;
  }
  for (const child of node.content ?? []) collectBlocks(child, out);
}

function isTextBlock(node: DocNode): boolean {
  return node.type === 'paragraph' || node.type === 'heading' || node.type === 'figure';
}

function inlineText(node: DocNode): string {
  let text = '';
  for (const child of node.content ?? []) {
    if (child.type === 'text') text += child.text ?? '';
    else if (child.type === 'hardBreak') text += '\n';
  }
  return text;
}

function cellText(cell: DocNode): string {
  const parts: Array<{ type: string; text: string }> = [];
  collectBlocks(cell, parts);
  return parts
    .map((part) => part.text.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
}

/** Words as a reader counts them; each CJK character counts as a word. */
export function countWords(text: string): number {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  let count = 0;
  for (const piece of piecesOf(text)) for (const segment of segmenter.segment(piece)) if (segment.isWordLike) count++;
  return count;
}

/**
 * The text in pieces of at most about `size` characters, cut at white space (a word
 * boundary in every script). Some ICU versions (Node 20's) segment in time that grows
 * faster than the text; pieces keep a long article linear.
 */
function* piecesOf(text: string, size = 4000): Generator<string> {
  let start = 0;
  while (text.length - start > size) {
    const window = text.slice(start, start + size);
    const lastSpace = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
    const end = start + (lastSpace > size / 2 ? lastSpace + 1 : size);
    yield text.slice(start, end);
    start = end;
  }
  yield text.slice(start);
}

/** The first sentences of the text, for list previews. */
export function excerptOf(text: string, maxLength = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > maxLength * 0.6 ? lastSpace : maxLength).trimEnd()}…`;
}
