import { useState } from 'react';
import { SmallDialog } from '../ui/small-dialog';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  onAdd(token: string): void;
}

/** `after:` and `before:` as two date fields: on or after the first day, before the second. */
export function DateRangeDialog({ open, onOpenChange, onAdd }: Props) {
  const [after, setAfter] = useState('');
  const [before, setBefore] = useState('');
  const confirm = () => {
    if (after) onAdd(`after:${after}`);
    if (before) onAdd(`before:${before}`);
    onOpenChange(false);
    setAfter('');
    setBefore('');
  };
  return (
    <SmallDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Filter by date"
      description="Clippings published (or, without a date, captured) in this range."
      confirmLabel="Add filter"
      canConfirm={Boolean(after || before)}
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
    </SmallDialog>
  );
}
