import type { SourceSummary } from '../../../shared/compare/types';
import type { ClippingSummary } from '../../../shared/domain/clipping';
import { MIN_COMPARED } from '../../../shared/domain/comparison';
import { fullDate } from '../clippings/describe-clipping';
import { describeIsoDate } from '../reader/iso-date';
import { CloseIcon } from '../ui/icons';
import { useCompareModel } from './compare-model';
import { percent } from './source-names';

/**
 * One header per column: the outlet, headline, byline and dates (the capture time
 * first when the sources are captures of one article), which came first, and what the
 * source shares with the others; move, open and remove.
 */
export function SourceHeaders({ onReorder }: { onReorder(ids: number[]): void }) {
  const { comparison, result } = useCompareModel();
  const ids = comparison.sources.map((s) => s.id);
  const move = (from: number, to: number) => {
    const next = [...ids];
    [next[from], next[to]] = [next[to]!, next[from]!];
    onReorder(next);
  };
  return (
    <div className="cmp-headers" role="group" aria-label="Sources">
      {comparison.sources.map((source, s) => (
        <SourceHeader
          key={source.id}
          source={source}
          index={s}
          summary={result.summary.sources[s]!}
          onMove={(by) => move(s, s + by)}
          onRemove={ids.length > MIN_COMPARED ? () => onReorder(ids.filter((id) => id !== source.id)) : undefined}
        />
      ))}
    </div>
  );
}

function SourceHeader({
  source,
  index: s,
  summary,
  onMove,
  onRemove,
}: {
  source: ClippingSummary;
  index: number;
  summary: SourceSummary;
  onMove(by: -1 | 1): void;
  onRemove: (() => void) | undefined;
}) {
  const { comparison, names, openInReader } = useCompareModel();
  const name = names[s]!;
  const last = s === comparison.sources.length - 1;
  const { authors, published } = source.meta;
  const byline = [authors.length > 0 ? `By ${authors.join(', ')}` : null, published ? (describeIsoDate(published) ?? published) : null].filter(Boolean).join(' · ');
  return (
    <section className="cmp-source" aria-label={name} data-index={s}>
      <div className="cmp-source-top">
        <span className="cmp-source-dot" aria-hidden="true" />
        <span className="cmp-source-outlet">{[name, comparison.versions ? (source.meta.outlet ?? source.outletName) : null].filter(Boolean).join(' · ')}</span>
        {comparison.earliestId === source.id && (
          <span className="badge cmp-earliest" title={comparison.versions ? 'The first capture' : 'Published first (by publication date, else capture time)'}>
            Earliest
          </span>
        )}
        <span className="cmp-source-actions">
          <button type="button" className="cmp-icon" disabled={s === 0} aria-label={`Move ${name} left`} title="Move left" onClick={() => onMove(-1)}>
            ←
          </button>
          <button type="button" className="cmp-icon" disabled={last} aria-label={`Move ${name} right`} title="Move right" onClick={() => onMove(1)}>
            →
          </button>
          <button type="button" className="cmp-icon" aria-label={`Open ${name} in the reader`} title="Open in the reader" onClick={() => openInReader(s)}>
            ↗
          </button>
          <button
            type="button"
            className="cmp-icon"
            aria-disabled={onRemove ? undefined : 'true'}
            aria-label={`Remove ${name} from the comparison`}
            title={onRemove ? 'Remove from the comparison' : 'A comparison needs two clippings'}
            onClick={onRemove}
          >
            <CloseIcon />
          </button>
        </span>
      </div>
      <h2 className="cmp-source-title" title={source.title}>
        {source.title}
      </h2>
      {byline && !comparison.versions && <div className="cmp-source-byline">{byline}</div>}
      <div className="cmp-source-captured" data-prominent={comparison.versions ? '' : undefined}>
        Captured <time dateTime={source.createdAt}>{fullDate(source.createdAt)}</time>
      </div>
      <SourceStats summary={summary} />
    </section>
  );
}

function SourceStats({ summary }: { summary: SourceSummary }) {
  const quotes = summary.sharedQuotes + summary.exclusiveQuotes;
  return (
    <div className="cmp-stats">
      <span className="cmp-share" title={`${summary.sharedWords.toLocaleString()} of ${summary.words.toLocaleString()} words are in passages another source also has`}>
        <span className="cmp-share-bar" aria-hidden="true">
          <span style={{ width: percent(summary.sharedShare).replace(' ', '') }} />
        </span>
        <strong>{percent(summary.sharedShare)}</strong> shared
      </span>
      <span title="Passages no other source has">
        {summary.exclusiveBlocks} passage{summary.exclusiveBlocks === 1 ? '' : 's'} only here
      </span>
      {summary.movedCells > 0 && <span title="Passages in a different place than in the first source">{summary.movedCells} moved</span>}
      <span title="Quotations also found in another source, and found in this one only">
        {quotes === 0 ? 'No quotations' : `Quotes: ${summary.sharedQuotes} shared, ${summary.exclusiveQuotes} only here`}
      </span>
    </div>
  );
}
