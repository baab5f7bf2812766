import { watchSettledSelection } from '../ui/settled-selection';
import { useEffect, useState, type RefObject } from 'react';

/** A selection inside one passage of the Compare view, as a range of its clipping's canonical text. */
export interface PassageSelection {
  source: number;
  row: number;
  start: number;
  end: number;
  /** Where it is on screen, for the toolbar. */
  rect: { top: number; bottom: number; left: number; right: number };
}

/**
 * Follows the DOM selection inside `root`: a range of one passage's text (offsets from
 * the pieces' `data-s`, so ghost words and labels never count), or null — for nothing
 * selected, a selection across two passages or outside the text, and while the mouse
 * is still down.
 */
export function usePassageSelection(root: RefObject<HTMLElement | null>): PassageSelection | null {
  const [selection, setSelection] = useState<PassageSelection | null>(null);
  useEffect(() => {
    return watchSettledSelection(() => setSelection((last) => same(last, root.current ? readSelection(root.current) : null)));
  }, [root]);
  return selection;
}

function readSelection(root: HTMLElement): PassageSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const passage = elementOf(range.startContainer)?.closest<HTMLElement>('.cmp-text');
  if (!passage || !root.contains(passage) || elementOf(range.endContainer)?.closest('.cmp-text') !== passage) return null;
  const start = boundary(passage, range.startContainer, range.startOffset, 'start');
  const end = boundary(passage, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  const box = range.getBoundingClientRect();
  return {
    source: Number(passage.dataset.source),
    row: Number(passage.dataset.row),
    start,
    end,
    rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
  };
}

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

/** The text offset of a boundary point: exact in a text piece; else the next piece's start (or the previous piece's end). */
function boundary(passage: HTMLElement, node: Node, offset: number, side: 'start' | 'end'): number | null {
  const parent = node.nodeType === Node.TEXT_NODE ? node.parentElement : null;
  if (parent?.dataset.s !== undefined) return Number(parent.dataset.s) + offset;
  const point = document.createRange();
  point.setStart(node, offset);
  const pieces = [...passage.querySelectorAll<HTMLElement>('[data-s]')];
  if (side === 'start') {
    const next = pieces.find((piece) => point.comparePoint(piece, 0) >= 0);
    return next ? Number(next.dataset.s) : null;
  }
  const previous = pieces.findLast((piece) => point.comparePoint(piece, piece.childNodes.length) <= 0);
  return previous ? Number(previous.dataset.s) + (previous.textContent?.length ?? 0) : null;
}

function same(last: PassageSelection | null, next: PassageSelection | null): PassageSelection | null {
  if (last && next && last.start === next.start && last.end === next.end && last.source === next.source && last.rect.top === next.rect.top) return last;
  return next;
}
