import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { ClippingSummary } from '../../../shared/domain/clipping';
import { MAX_COMPARED } from '../../../shared/domain/comparison';
import type { RelatedClipping } from '../../../shared/domain/related';
import { errorMessage } from '../api/error-message';
import { publishedDate } from '../clippings/describe-clipping';
import { useCompare } from '../compare/compare-context';
import { useSelection } from '../layout/selection-context';
import { Hint } from '../ui/hint';
import { CloseIcon, CompareIcon } from '../ui/icons';
import { useRelated } from './use-related';

/** Near-copies and the same story are what an analyst compares first. */
const PRESELECTED = new Set<RelatedClipping['label']>(['near-copy', 'same story']);

/**
 * Other clippings about this clipping's story, best first, labelled near-copy, same
 * story or related. Ticked ones (the closest, to begin with) are compared with this
 * clipping side by side; a title opens that clipping.
 */
export function RelatedPanel({ clipping, onClose, ref }: { clipping: ClippingSummary; onClose(): void; ref?: Ref<HTMLElement> }) {
  const titleId = useId();
  const related = useRelated(clipping.id);
  const compare = useCompare();
  const { select } = useSelection();
  const [picked, setPicked] = useState<number[] | null>(null);
  const items = related.data ?? [];
  const chosen = picked ?? items.filter((item) => PRESELECTED.has(item.label)).slice(0, MAX_COMPARED - 1).map((item) => item.id);
  const full = chosen.length >= MAX_COMPARED - 1;

  const toggle = (id: number) => setPicked(chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <aside ref={ref} className="related-panel info-panel" aria-labelledby={titleId} tabIndex={-1} onKeyDown={onKeyDown}>
      <header className="info-panel-header">
        <h2 id={titleId} className="info-panel-title">
          Related coverage
        </h2>
        <Hint label="Close related coverage" keys="R">
          <button type="button" className="button button-quiet icon-button" aria-label="Close related coverage" onClick={onClose}>
            <CloseIcon />
          </button>
        </Hint>
      </header>
      <div className="related-tools">
        <button
          type="button"
          className="button button-small"
          disabled={chosen.length === 0}
          onClick={() => compare.open([clipping.id, ...chosen])}
          title={`Compare this clipping with the ${chosen.length === 1 ? 'ticked clipping' : `${chosen.length} ticked clippings`} side by side`}
        >
          <CompareIcon />
          Compare{chosen.length > 0 ? ` with ${chosen.length}` : ''}
        </button>
        <span className="related-hint">Tick up to {MAX_COMPARED - 1}</span>
      </div>
      <div className="info-panel-scroll">
        {related.isError ? (
          <p className="related-message" role="alert">
            {errorMessage(related.error)}
          </p>
        ) : related.isPending ? (
          <p className="related-message" aria-busy="true">
            Looking for other coverage…
          </p>
        ) : items.length === 0 ? (
          <p className="related-message">No other clipping in the library tells this story.</p>
        ) : (
          <ul className="related-list" aria-label="Other coverage">
            {items.map((item) => (
              <li key={item.id} className="related-item">
                <input
                  type="checkbox"
                  aria-label={`Compare with ${item.title}`}
                  checked={chosen.includes(item.id)}
                  disabled={!chosen.includes(item.id) && full}
                  onChange={() => toggle(item.id)}
                />
                <div className="related-item-body">
                  <button type="button" className="related-item-title" onClick={() => select(item.id, { kind: 'library' })} title="Open this clipping">
                    {item.title}
                  </button>
                  <div className="related-item-meta">
                    <span className={`related-label related-label-${item.label.replace(' ', '-')}`}>{item.label}</span>
                    {item.outletName && <span>{item.outletName}</span>}
                    {item.published && <span>{publishedDate(item.published)}</span>}
                    <span className="related-score" title="Similarity of the texts (TF-IDF cosine)">
                      {Math.round(item.score * 100)} %
                    </span>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </aside>
  );
}
