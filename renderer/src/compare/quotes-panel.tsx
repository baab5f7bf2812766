import { useMemo } from 'react';
import { CloseIcon } from '../ui/icons';
import { rowAtOffset } from './compare-layout';
import { useCompareModel, type PassageRef } from './compare-model';
import type { ActiveQuote } from './quote-hover';

/**
 * Every quotation of the comparison: shared ones first (most sources first), then
 * those found in one source only; who said it and which sources carry it. Choosing
 * one scrolls to its passages and lights it in every column.
 */
export function QuotesPanel({ onActive, onClose }: { onActive(active: ActiveQuote | null): void; onClose(): void }) {
  const { result, comparison, names, reveal } = useCompareModel();
  const order = useMemo(
    () => result.quotes.map((quote, index) => ({ quote, index })).sort((a, b) => b.quote.sourceIds.length - a.quote.sourceIds.length),
    [result.quotes],
  );
  const sourceOf = (id: number) => comparison.sources.findIndex((s) => s.id === id);
  const show = (index: number) => {
    const targets: PassageRef[] = result.quotes[index]!.occurrences.map((o) => ({ source: sourceOf(o.id), row: rowAtOffset(result, sourceOf(o.id), o.start) }));
    reveal(targets.filter((t) => t.row >= 0));
    onActive({ index, rect: null });
  };
  const { sharedQuotes, exclusiveQuotes } = result.summary;

  return (
    <aside className="cmp-quotes" aria-label="Quotes">
      <header className="cmp-quotes-header">
        <h2 className="cmp-quotes-title">Quotes</h2>
        <span className="cmp-quotes-count">
          {sharedQuotes} shared · {exclusiveQuotes} in one source
        </span>
        <button type="button" className="button button-quiet icon-button" aria-label="Close the quotes" title="Close the quotes" onClick={onClose}>
          <CloseIcon />
        </button>
      </header>
      {order.length === 0 ? (
        <p className="cmp-quotes-empty">No quotations found in these clippings.</p>
      ) : (
        <ol className="cmp-quote-list">
          {order.map(({ quote, index }) => (
            <li key={index}>
              <button
                type="button"
                className="cmp-quote-item"
                data-exclusive={quote.exclusive ? '' : undefined}
                onClick={() => show(index)}
                onMouseEnter={() => onActive({ index, rect: null })}
                onMouseLeave={() => onActive(null)}
              >
                <span className="cmp-quote-item-text">“{quote.text}”</span>
                <span className="cmp-quote-item-meta">
                  <span className="cmp-quote-item-speaker">{quote.speaker ?? 'Speaker not found'}</span>
                  <span>{(quote.exclusive ? 'Only in ' : '') + quote.sourceIds.map((id) => names[sourceOf(id)]).join(' · ')}</span>
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
