import { useSelection } from '../layout/selection-context';
import { LIBRARY_SCOPE } from '../library/library-scope';
import { summarize, type ItemReport, type ItemState } from './capture-queue';
import type { ImportJob } from './use-import-jobs';

const STATE_LABELS: Record<ItemState, string> = {
  waiting: 'Waiting',
  working: 'Clipping…',
  created: 'Clipped',
  version: 'New version',
  duplicate: 'Already here',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/**
 * A bulk import's progress and, item by item, what happened: clipped, already in
 * the library, or failed and why. Stays open after the import until closed.
 */
export function ImportPanel({
  job,
  onCancel,
  onClose,
  onKeepDuplicates,
}: {
  job: ImportJob;
  onCancel(): void;
  onClose(): void;
  onKeepDuplicates(): void;
}) {
  const counts = summarize(job.reports);
  const total = job.items.length;
  const finished = total - counts.waiting - counts.working;
  const title = job.running ? (job.cancelled ? 'Cancelling…' : `Importing ${finished + 1 > total ? total : finished + 1} of ${total}…`) : 'Import finished';

  return (
    <section className="import-panel" aria-label="Import" role="region">
      <header className="import-panel-header">
        <div className="import-panel-title" aria-live="polite">
          {title}
        </div>
        {job.running ? (
          <button type="button" className="button button-small" onClick={onCancel} disabled={job.cancelled}>
            Cancel
          </button>
        ) : (
          <button type="button" className="button button-small" onClick={onClose}>
            Close
          </button>
        )}
      </header>
      <div className="import-progress" role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={total} aria-valuenow={finished}>
        <div className="import-progress-bar" style={{ width: `${total === 0 ? 0 : (finished / total) * 100}%` }} />
      </div>
      <div className="import-panel-summary">{summaryLine(counts)}</div>
      <ol className="import-items" aria-label="Items">
        {job.reports.map((report) => (
          <ImportItem key={report.index} report={report} />
        ))}
      </ol>
      {!job.running && counts.duplicate > 0 && (
        <footer className="import-panel-footer">
          <button type="button" className="button button-small" onClick={onKeepDuplicates}>
            Keep {counts.duplicate === 1 ? 'the duplicate' : `the ${counts.duplicate} duplicates`} as new versions
          </button>
        </footer>
      )}
    </section>
  );
}

function ImportItem({ report }: { report: ItemReport }) {
  const { select } = useSelection();
  return (
    <li className="import-item" data-state={report.state}>
      <span className="import-item-state">{STATE_LABELS[report.state]}</span>
      <span className="import-item-label" title={report.label}>
        {report.label}
      </span>
      {report.message && <span className="import-item-message">{report.message}</span>}
      {report.clippingId !== null && (
        <button type="button" className="link-button import-item-open" onClick={() => select(report.clippingId, LIBRARY_SCOPE)}>
          Open
        </button>
      )}
    </li>
  );
}

function summaryLine(counts: Record<ItemState, number>): string {
  const parts = [
    counts.created && `${counts.created} clipped`,
    counts.version && `${counts.version} new versions`,
    counts.duplicate && `${counts.duplicate} already in the library`,
    counts.failed && `${counts.failed} failed`,
    counts.cancelled && `${counts.cancelled} cancelled`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'Starting…';
}
