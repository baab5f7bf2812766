import type { Editor } from '@tiptap/core';
import { watchSettledSelection } from '../ui/settled-selection';
import { useEffect, useState } from 'react';
import { textOffsetAt, type TextMap } from './text-map';

/** The reader's current text selection, as a range of the canonical text. */
export interface TextSelection {
  start: number;
  end: number;
  exact: string;
  /** Where it is on screen, for the toolbar. */
  rect: { top: number; bottom: number; left: number; right: number };
}

/**
 * Follows the DOM selection inside the document: null while nothing (or only white
 * space) is selected, and while the mouse is still down — the toolbar appears when the
 * drag ends, not under the pointer.
 */
export function useTextSelection(editor: Editor | null, map: TextMap | null): TextSelection | null {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  useEffect(() => {
    if (!editor || !map) return;
    return watchSettledSelection(() => setSelection((last) => same(last, readSelection(editor, map))));
  }, [editor, map]);
  return selection;
}

/** The document's selection right now, as the hook would report it after the next frame. */
export function readSelection(editor: Editor, map: TextMap): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed || editor.isDestroyed) return null;
  const range = selection.getRangeAt(0);
  const root = editor.view.dom;
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  let from: number;
  let to: number;
  try {
    from = editor.view.posAtDOM(range.startContainer, range.startOffset);
    to = editor.view.posAtDOM(range.endContainer, range.endOffset);
  } catch {
    return null;
  }
  const start = textOffsetAt(map, Math.min(from, to), 'start');
  const end = textOffsetAt(map, Math.max(from, to), 'end');
  if (end <= start) return null;
  const exact = map.text.slice(start, end);
  if (exact.trim() === '') return null;
  const box = range.getBoundingClientRect();
  return { start, end, exact, rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right } };
}

function same(last: TextSelection | null, next: TextSelection | null): TextSelection | null {
  if (last && next && last.start === next.start && last.end === next.end && last.rect.top === next.rect.top && last.rect.left === next.rect.left) return last;
  return next;
}
