import type { Node as PMNode } from '@tiptap/pm/model';
import { BLOCK_SEPARATOR } from '../../../shared/document/canonical-text';

/**
 * Where the clipping's canonical text (shared/document/canonical-text.ts) sits in the
 * rendered ProseMirror document: annotations point into the text, the reader paints
 * and selects in document positions. Built by walking the document with the same rules
 * as `canonicalText`, so `text` must equal the stored text (the reader checks).
 */
export interface TextSegment {
  /** Offset in the canonical text. */
  offset: number;
  /** Document position of the same character. */
  pos: number;
  length: number;
}

export interface TextMap {
  text: string;
  /** Runs of characters that map one to one, in text order (and document order). */
  segments: TextSegment[];
}

interface Piece {
  text: string;
  /** Document position of each run of `text`, relative to the piece. */
  runs: Array<{ at: number; pos: number; length: number }>;
}

export function buildTextMap(doc: PMNode): TextMap {
  const blocks: Piece[] = [];
  collect(doc, -1, blocks);
  let text = '';
  const segments: TextSegment[] = [];
  for (const block of blocks) {
    if (block.text.trim() === '') continue;
    if (text !== '') text += BLOCK_SEPARATOR;
    for (const run of block.runs) segments.push({ offset: text.length + run.at, pos: run.pos, length: run.length });
    text += block.text;
  }
  return { text, segments };
}

/** `pos` is the position before `node` (-1 for the document itself). */
function collect(node: PMNode, pos: number, out: Piece[]): void {
  const contentStart = pos + 1;
  if (node.type.name === 'tableRow') {
    out.push(tableRowPiece(node, contentStart));
    return;
  }
  if (isTextBlock(node)) {
    out.push(inlinePiece(node, contentStart));
    return;
  }
  node.forEach((child, offset) => collect(child, contentStart + offset, out));
}

function isTextBlock(node: PMNode): boolean {
  return node.type.name === 'paragraph' || node.type.name === 'heading' || node.type.name === 'figure';
}

/** A block's inline content: text as is, a hard break as a newline (both one position per character). */
function inlinePiece(node: PMNode, contentStart: number): Piece {
  const piece: Piece = { text: '', runs: [] };
  node.forEach((child, offset) => {
    const chunk = child.isText ? (child.text ?? '') : child.type.name === 'hardBreak' ? '\n' : '';
    if (chunk === '') return;
    const last = piece.runs.at(-1);
    const pos = contentStart + offset;
    if (last && last.pos + last.length === pos && last.at + last.length === piece.text.length) last.length += chunk.length;
    else piece.runs.push({ at: piece.text.length, pos, length: chunk.length });
    piece.text += chunk;
  });
  return piece;
}

/**
 * A table row: its cells' text, white space folded and trimmed, parts joined by a space,
 * cells by a tab. Folding is undone character by character so each kept character still
 * knows its position; the added spaces and tabs have none.
 */
function tableRowPiece(row: PMNode, contentStart: number): Piece {
  const piece: Piece = { text: '', runs: [] };
  let firstCell = true;
  row.forEach((cell, cellOffset) => {
    if (!firstCell) piece.text += '\t';
    firstCell = false;
    const parts: Piece[] = [];
    collect(cell, contentStart + cellOffset, parts);
    let firstPart = true;
    for (const part of parts.map(foldWhiteSpace).filter((folded) => folded.text !== '')) {
      if (!firstPart) piece.text += ' ';
      firstPart = false;
      for (const run of part.runs) piece.runs.push({ at: piece.text.length + run.at, pos: run.pos, length: run.length });
      piece.text += part.text;
    }
  });
  return piece;
}

/** `text.replace(/\s+/g, ' ').trim()`, keeping each kept character's position. */
function foldWhiteSpace(piece: Piece): Piece {
  const positions = characterPositions(piece);
  const out: Piece = { text: '', runs: [] };
  let pendingSpace: number | null = null;
  for (let i = 0; i < piece.text.length; i++) {
    const char = piece.text[i]!;
    if (/\s/.test(char)) {
      pendingSpace ??= positions[i]!;
      continue;
    }
    if (pendingSpace !== null && out.text !== '') append(out, ' ', pendingSpace);
    pendingSpace = null;
    append(out, char, positions[i]!);
  }
  return out;
}

function characterPositions(piece: Piece): number[] {
  const positions: number[] = [];
  for (const run of piece.runs) for (let i = 0; i < run.length; i++) positions[run.at + i] = run.pos + i;
  return positions;
}

function append(piece: Piece, char: string, pos: number): void {
  const last = piece.runs.at(-1);
  if (last && last.pos + last.length === pos && last.at + last.length === piece.text.length) last.length++;
  else piece.runs.push({ at: piece.text.length, pos, length: 1 });
  piece.text += char;
}

/** The document ranges that show `text.slice(start, end)` (one per run it crosses). */
export function documentRanges(map: TextMap, start: number, end: number): Array<{ from: number; to: number }> {
  const ranges: Array<{ from: number; to: number }> = [];
  for (let i = firstSegmentEndingAfter(map.segments, start); i < map.segments.length; i++) {
    const segment = map.segments[i]!;
    if (segment.offset >= end) break;
    const from = Math.max(start, segment.offset);
    const to = Math.min(end, segment.offset + segment.length);
    if (to > from) ranges.push({ from: segment.pos + (from - segment.offset), to: segment.pos + (to - segment.offset) });
  }
  return ranges;
}

/**
 * The text offset of a document position: inside a run, exact; between runs (a block
 * boundary, an image), the next run's start when it begins a selection, the previous
 * run's end when it ends one.
 */
export function textOffsetAt(map: TextMap, pos: number, side: 'start' | 'end'): number {
  const { segments } = map;
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (segments[middle]!.pos + segments[middle]!.length < pos) low = middle + 1;
    else high = middle;
  }
  const segment = segments[low];
  if (segment && pos >= segment.pos && pos <= segment.pos + segment.length) return segment.offset + (pos - segment.pos);
  if (side === 'start') return segment ? segment.offset : map.text.length;
  const previous = segments[low - 1];
  return previous ? previous.offset + previous.length : 0;
}

function firstSegmentEndingAfter(segments: TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (segments[middle]!.offset + segments[middle]!.length <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
