import type { DocNode } from '../../../shared/document/document-types';
import { normalizeTitle } from './document-title';

/** A first line longer than this reads as text, not as a title. */
const MAX_TITLE_LINE = 200;
/** Lines of a hard-wrapped paragraph are this long, except the last. */
const WRAP_MIN = 50;
const WRAP_MAX = 100;

export interface TextConversion {
  doc: DocNode;
  /** The first line when it serves as the title (and then left the body, unless it was all there was). */
  title: string | null;
}

/**
 * Plain text as a clipping document. Blank lines (lines of only whitespace count)
 * separate blocks. A hard-wrapped block (2+ lines, all but the last 50–100
 * characters long) is one paragraph with its lines joined by a space; any other
 * block keeps each line as a paragraph of its own. With `takeTitle`, a first line
 * of at most 200 characters becomes the title and leaves the body.
 */
export function textToDocument(text: string, options: { takeTitle: boolean }): TextConversion {
  const blocks = splitBlocks(text);
  let title: string | null = null;
  if (options.takeTitle) {
    const first = blocks[0]?.[0];
    const candidate = first === undefined ? '' : normalizeTitle(first);
    const bodyLeft = (blocks[0]?.length ?? 0) > 1 || blocks.length > 1;
    if (candidate && [...candidate].length <= MAX_TITLE_LINE) {
      title = candidate;
      // A single line is both the title and the whole body.
      if (bodyLeft) blocks[0]?.shift();
    }
  }
  const paragraphs = blocks.flatMap(blockParagraphs).map(paragraph);
  return { doc: { type: 'doc', content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }] }, title };
}

/** Non-blank lines, trimmed, grouped into blocks at blank lines. */
function splitBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();
    if (line === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function blockParagraphs(lines: string[]): string[] {
  return isHardWrapped(lines) ? [lines.join(' ')] : lines;
}

function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  return lines.slice(0, -1).every((line) => {
    const length = [...line].length;
    return length >= WRAP_MIN && length <= WRAP_MAX;
  });
}

function paragraph(text: string): DocNode {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}
