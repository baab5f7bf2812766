import type { Comparison } from '../../../shared/domain/comparison';
import { CloseIcon } from '../ui/icons';
import { CompareExportMenu } from './export-menu';

/**
 * The view's title, what the comparison found in one line, and its switches: long
 * unmatched stretches in full, the quotes list, synchronised scrolling (S), export, close (Escape).
 */
export function CompareToolbar({
  comparison,
  count,
  busy,
  synced,
  onToggleSynced,
  quotesOpen,
  onToggleQuotes,
  fullText,
  onToggleFullText,
  onClose,
}: {
  comparison: Comparison | undefined;
  count: number;
  busy: boolean;
  synced: boolean;
  onToggleSynced(): void;
  quotesOpen: boolean;
  onToggleQuotes(): void;
  fullText: boolean;
  onToggleFullText(): void;
  onClose(): void;
}) {
  const title = comparison?.versions ? `Versions of “${comparison.sources[0]!.title}”` : `Compare ${count} clippings`;
  return (
    <header className="cmp-toolbar">
      <h1 className="cmp-title" title={title}>
        {title}
      </h1>
      {comparison && <span className="cmp-overview">{overview(comparison)}</span>}
      {busy && comparison && (
        <span className="cmp-busy" role="status">
          <span className="spinner" aria-hidden="true" /> Comparing {count} clippings…
        </span>
      )}
      <span className="cmp-toolbar-spacer" />
      <button
        type="button"
        className="button button-quiet"
        aria-pressed={fullText}
        onClick={onToggleFullText}
        disabled={!comparison}
        title="Show long stretches that only one source has in full, not cut short"
      >
        Full text
      </button>
      <button type="button" className="button button-quiet" aria-pressed={quotesOpen} onClick={onToggleQuotes} disabled={!comparison} title="The quotations and who said them">
        Quotes{comparison ? ` (${comparison.result.quotes.length})` : ''}
      </button>
      <button
        type="button"
        className="button button-quiet cmp-sync"
        aria-pressed={synced}
        onClick={onToggleSynced}
        title={synced ? 'The columns scroll together, passages side by side (S)' : 'Each column scrolls on its own, in its own order (S)'}
      >
        <span className="cmp-sync-check" aria-hidden="true">
          {synced ? '✓' : ''}
        </span>
        Synced scrolling
      </button>
      <CompareExportMenu ids={comparison?.sources.map((source) => source.id) ?? []} disabled={!comparison} />
      <button type="button" className="button button-quiet" onClick={onClose} title="Back to the list (Escape)">
        <CloseIcon /> Close
      </button>
    </header>
  );
}

function overview(comparison: Comparison): string {
  const { rows, summary } = comparison.result;
  const shared = rows.filter((row) => row.onlyIn === null).length;
  return `${shared} of ${rows.length} passages shared · ${summary.sharedQuotes} quote${summary.sharedQuotes === 1 ? '' : 's'} in more than one source`;
}
