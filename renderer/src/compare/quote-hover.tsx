import { useEffect, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useCompareModel } from './compare-model';

export interface ActiveQuote {
  index: number;
  /** The occurrence hovered or focused in a passage (null: chosen in the quotes list). */
  rect: { top: number; bottom: number; left: number; right: number } | null;
}

/** Hovering or focusing a quotation in a passage makes it the active one; leaving it clears it. */
export function useQuoteHover(root: RefObject<HTMLElement | null>, setActive: (active: ActiveQuote | null) => void): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const enter = (event: Event) => {
      const quote = (event.target as Element).closest?.<HTMLElement>('[data-quote]');
      if (!quote) return;
      const box = quote.getBoundingClientRect();
      setActive({ index: Number(quote.dataset.quote), rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right } });
    };
    const leave = (event: Event) => {
      const from = (event.target as Element).closest?.('[data-quote]');
      const to = (event as MouseEvent | FocusEvent).relatedTarget as Element | null;
      if (from && to?.closest?.('[data-quote]')?.getAttribute('data-quote') !== from.getAttribute('data-quote')) setActive(null);
    };
    element.addEventListener('mouseover', enter);
    element.addEventListener('focusin', enter);
    element.addEventListener('mouseout', leave);
    element.addEventListener('focusout', leave);
    return () => {
      element.removeEventListener('mouseover', enter);
      element.removeEventListener('focusin', enter);
      element.removeEventListener('mouseout', leave);
      element.removeEventListener('focusout', leave);
    };
  }, [root, setActive]);
}

/**
 * The active quotation, lit in every column that carries it (one style rule, so no
 * passage re-renders), and beside the one hovered, who said it and where it appears.
 */
export function QuoteHover({ active }: { active: ActiveQuote | null }) {
  const { result, comparison, names } = useCompareModel();
  if (!active) return null;
  const quote = result.quotes[active.index];
  if (!quote) return null;
  const where = quote.sourceIds.map((id) => names[comparison.sources.findIndex((s) => s.id === id)]).join(' · ');
  const top = active.rect ? Math.min(active.rect.bottom + 6, window.innerHeight - 90) : 0;
  const left = active.rect ? Math.min(Math.max(8, active.rect.left), window.innerWidth - 328) : 0;
  return (
    <>
      <style>{`.compare-view [data-quote="${active.index}"] { background: var(--cmp-quote-active); box-shadow: 0 1px 0 0 var(--cmp-quote-line); }`}</style>
      {active.rect &&
        createPortal(
          <div className="cmp-quote-card" role="tooltip" style={{ top, left }}>
            <div className="cmp-quote-card-speaker">{quote.speaker ?? 'Speaker not found'}</div>
            <div className="cmp-quote-card-where">{quote.exclusive ? `Only in ${where}` : `Quoted in ${where}`}</div>
          </div>,
          document.body,
        )}
    </>
  );
}
