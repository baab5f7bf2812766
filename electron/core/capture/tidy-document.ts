import type { DocNode } from '../../../shared/document/document-types';

/**
 * Layout habits of web pages undone in the converted document: paragraphs built
 * from runs of `<br>` are split into real paragraphs, stray breaks at the edges of
 * a block go, and blank paragraphs and headings between blocks are dropped.
 */
export function tidyDocument(node: DocNode): DocNode {
  if (!node.content) return node;
  let content = node.content.map(tidyDocument);
  content = content.flatMap((child) => (child.type === 'paragraph' ? splitAtBreakRuns(child) : [child]));
  if (node.type === 'doc' || node.type === 'blockquote') {
    const kept = content.filter((child) => !isBlankTextBlock(child));
    if (kept.length > 0) content = kept;
  }
  return { ...node, content };
}

/** A paragraph split wherever two or more hard breaks follow each other. */
function splitAtBreakRuns(paragraph: DocNode): DocNode[] {
  const inline = paragraph.content ?? [];
  const pieces: DocNode[][] = [[]];
  for (let i = 0; i < inline.length; i++) {
    const node = inline[i] as DocNode;
    if (node.type === 'hardBreak' && inline[i + 1]?.type === 'hardBreak') {
      while (inline[i + 1]?.type === 'hardBreak') i++;
      pieces.push([]);
      continue;
    }
    (pieces[pieces.length - 1] as DocNode[]).push(node);
  }
  const paragraphs = pieces
    .map(trimEdgeBreaks)
    .filter((piece) => piece.length > 0)
    .map((piece): DocNode => ({ ...paragraph, content: piece }));
  if (paragraphs.length === 0) return [withoutContent(paragraph)];
  return paragraphs;
}

function trimEdgeBreaks(inline: DocNode[]): DocNode[] {
  let start = 0;
  let end = inline.length;
  while (start < end && isBreakOrBlank(inline[start] as DocNode)) start++;
  while (end > start && isBreakOrBlank(inline[end - 1] as DocNode)) end--;
  return inline.slice(start, end);
}

function isBreakOrBlank(node: DocNode): boolean {
  return node.type === 'hardBreak' || (node.type === 'text' && (node.text ?? '').trim() === '' && !node.marks?.length);
}

function isBlankTextBlock(node: DocNode): boolean {
  return (node.type === 'paragraph' || node.type === 'heading') && (node.content ?? []).every(isBreakOrBlank);
}

function withoutContent(node: DocNode): DocNode {
  const { content: _content, ...rest } = node;
  return rest;
}
