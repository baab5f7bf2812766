import { MAX_TITLE_LENGTH } from '../../../shared/domain/limits';
import type { DocNode } from '../../../shared/document/document-types';
import { canonicalText } from '../../../shared/document/canonical-text';

export const UNTITLED = 'Untitled clipping';

/** A title as shown: one line, single spaces, no control characters. */
export function normalizeTitle(value: string | null | undefined): string {
  return (value ?? '')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Titles longer than the limit are cut at a word boundary and end in "…". */
export function clampTitle(title: string): string {
  if (title.length <= MAX_TITLE_LENGTH) return title;
  let cut = title.slice(0, MAX_TITLE_LENGTH - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space > MAX_TITLE_LENGTH / 2) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/** The text of a block's inline content on one line. */
export function inlineTextOf(node: DocNode): string {
  let text = '';
  for (const child of node.content ?? []) {
    if (child.type === 'text') text += child.text ?? '';
    else if (child.type === 'hardBreak') text += ' ';
  }
  return normalizeTitle(text);
}

/** The first node, in document order, that satisfies the test. */
export function findNode(node: DocNode, test: (node: DocNode) => boolean): DocNode | null {
  if (test(node)) return node;
  for (const child of node.content ?? []) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return null;
}

/** The first non-blank line of the document's text. */
export function firstLineOf(doc: DocNode): string | null {
  for (const line of canonicalText(doc).split('\n')) {
    const title = normalizeTitle(line);
    if (title) return title;
  }
  return null;
}

/**
 * The document without its first block when that block is a heading reading the
 * same as the title (the reader shows the title on its own). Kept when removing it
 * would leave no text.
 */
export function withoutTitleHeading(doc: DocNode, title: string): DocNode {
  const [first, ...rest] = doc.content ?? [];
  if (!first || first.type !== 'heading' || inlineTextOf(first) !== title) return doc;
  const remaining: DocNode = { ...doc, content: rest };
  return rest.length > 0 && canonicalText(remaining) !== '' ? remaining : doc;
}
