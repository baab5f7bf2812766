import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { DetectedQuote } from '../../../shared/quotes/detect-quotes';

export interface OpenSuggestion {
  quote: DetectedQuote;
  rect: { top: number; bottom: number; left: number; right: number };
}

/** Over a suggested quotation that was clicked: one click makes it a quote annotation, speaker filled in. */
export function SuggestionPopover({ suggestion, onAccept, onClose }: { suggestion: OpenSuggestion; onAccept(): void; onClose(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const { rect, quote } = suggestion;
  const top = rect.bottom + 6;
  const left = Math.min(Math.max(8, rect.left), window.innerWidth - 320);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    const onDown = (event: MouseEvent) => !ref.current?.contains(event.target as Node) && onClose();
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onDown);
    };
  }, [onClose]);
  return createPortal(
    <div ref={ref} className="selection-toolbar suggestion-popover" role="dialog" aria-label="Suggested quote" style={{ top, left }}>
      <span className="suggestion-speaker">{quote.speaker ? `Said by ${quote.speaker}` : 'Speaker not found'}</span>
      <button type="button" className="selection-action" onClick={onAccept}>
        Add as quote
      </button>
    </div>,
    document.body,
  );
}
