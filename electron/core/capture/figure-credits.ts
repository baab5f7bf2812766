import type { DocNode } from '../../../shared/document/document-types';
import { splitCaptionCredit } from './caption-credit';

/**
 * Moves a photo credit written at the end of a figure's caption into the figure's
 * `credit`, so the reader, citations and exports can show (or leave out) each one.
 */
export function withFigureCredits(node: DocNode): DocNode {
  if (node.type === 'figure') return creditedFigure(node);
  if (!node.content) return node;
  return { ...node, content: node.content.map(withFigureCredits) };
}

function creditedFigure(figure: DocNode): DocNode {
  if (typeof figure.attrs?.credit === 'string' && figure.attrs.credit) return figure;
  const inline = figure.content ?? [];
  const caption = inline.map((child) => child.text ?? '').join('');
  const split = splitCaptionCredit(caption);
  if (!split) return figure;
  return { ...figure, attrs: { ...figure.attrs, credit: split.credit }, content: truncateInline(inline, split.caption.length) };
}

/** The inline nodes cut to the first `length` characters of their text (marks kept). */
function truncateInline(inline: DocNode[], length: number): DocNode[] {
  const kept: DocNode[] = [];
  let left = length;
  for (const child of inline) {
    if (left <= 0) break;
    const text = child.text ?? '';
    if (child.type !== 'text') {
      kept.push(child);
      continue;
    }
    const isLast = text.length >= left;
    const part = isLast ? text.slice(0, left).trimEnd() : text;
    left -= text.length;
    if (part) kept.push({ ...child, text: part });
  }
  return kept;
}
