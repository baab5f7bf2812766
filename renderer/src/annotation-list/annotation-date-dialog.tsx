import { useEffect, useState } from 'react';
import { SmallDialog } from '../ui/small-dialog';
import { dateRangeProblem } from './annotation-filters';
import { useAnnotationView } from './annotation-view-state';

/** The date filter: annotations in clippings published (or, without a date, captured) in a range of days. */
export function AnnotationDateDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { filters, setFilters } = useAnnotationView();
  const [after, setAfter] = useState('');
  const [before, setBefore] = useState('');
  useEffect(() => {
    if (!open) return;
    setAfter(filters.after ?? '');
    setBefore(filters.before ?? '');
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const problem = dateRangeProblem(after, before);
  const confirm = () => {
    setFilters((f) => ({ ...f, after: after || null, before: before || null }));
    onOpenChange(false);
  };
  return (
    <SmallDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Filter by date"
      description="Annotations in clippings published (or, without a date, captured) in this range."
      confirmLabel={after || before ? 'Apply' : 'Remove date filter'}
      canConfirm={problem === null && Boolean(after || before || filters.after || filters.before)}
      onConfirm={confirm}
    >
      <div className="date-range-fields">
        <label className="field">
          <span className="field-label">On or after</span>
          <input className="input" type="date" value={after} onChange={(event) => setAfter(event.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Before</span>
          <input className="input" type="date" value={before} onChange={(event) => setBefore(event.target.value)} />
        </label>
      </div>
      {problem && <p className="field-error">{problem}</p>}
    </SmallDialog>
  );
}
