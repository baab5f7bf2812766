import { useEffect, useState, type ReactNode } from 'react';
import { SmallDialog } from '../ui/small-dialog';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description?: ReactNode;
  label: string;
  initial?: string;
  placeholder?: string;
  confirmLabel: string;
  pending?: boolean;
  onSubmit(name: string): void;
  returnFocus?(): HTMLElement | null;
  /** Shown under the field (e.g. why the name cannot be used). */
  note?: ReactNode;
  extra?: ReactNode;
  onChange?(value: string): void;
}

/** Asks for one name: a new collection, a renamed saved search, a tag path. */
export function NameDialog({ open, onOpenChange, title, description, label, initial = '', placeholder, confirmLabel, pending, onSubmit, returnFocus, note, extra, onChange }: Props) {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    if (open) setValue(initial);
  }, [open, initial]);
  const trimmed = value.trim();
  return (
    <SmallDialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={description}
      confirmLabel={confirmLabel}
      pending={pending}
      canConfirm={trimmed.length > 0 && trimmed !== initial.trim()}
      onConfirm={() => onSubmit(trimmed)}
      returnFocus={returnFocus}
      extra={extra}
    >
      <label className="field">
        <span className="field-label">{label}</span>
        <input
          className="input"
          value={value}
          placeholder={placeholder}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => {
            setValue(event.target.value);
            onChange?.(event.target.value);
          }}
        />
      </label>
      {note}
    </SmallDialog>
  );
}
