import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import { useAnnotationFocus } from './annotation-focus';
import { documentRanges, type TextMap } from './text-map';

const FLASH_MS = 1600;

/**
 * A request to show a stretch of this clipping's text (a passage opened from the
 * Compare view): once the document is mapped, it is scrolled to a third of the way
 * down the reader and flashed. Returns the range flashing, for the decorations.
 */
export function useRangeFocus(clippingId: number | null, editor: Editor | null, map: TextMap | null): { start: number; end: number } | null {
  const { focusedRange } = useAnnotationFocus();
  const handled = useRef(0);
  const [flash, setFlash] = useState<{ start: number; end: number } | null>(null);

  useEffect(() => {
    if (!focusedRange || focusedRange.request === handled.current || focusedRange.clippingId !== clippingId || !editor || !map) return;
    const { start, end, request } = focusedRange;
    // After the reader has restored its reading position (a frame after the document shows).
    const frame = requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const first = documentRanges(map, start, end)[0];
        if (!first || editor.isDestroyed) return;
        handled.current = request;
        const scroller = editor.view.dom.closest<HTMLElement>('.reader-scroll');
        if (scroller) {
          const top = editor.view.coordsAtPos(first.from).top;
          scroller.scrollTop += top - scroller.getBoundingClientRect().top - scroller.clientHeight / 3;
        }
        setFlash({ start, end });
      }),
    );
    return () => cancelAnimationFrame(frame);
  }, [focusedRange, clippingId, editor, map]);

  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);

  return flash;
}
