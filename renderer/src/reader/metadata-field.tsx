import { useId, type KeyboardEvent } from 'react';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  /** A line under the field: how the value reads, or how to write it. */
  hint?: string | null;
  multiline?: 'wrap' | 'lines';
  maxLength?: number;
  placeholder?: string;
  type?: 'text' | 'url';
  mono?: boolean;
  readOnly?: boolean;
}

/**
 * One row of the Info panel: label, input, and what the core said about it.
 * `multiline="wrap"` grows with long text but Enter still saves; `"lines"` takes
 * one entry per line.
 */
export function MetadataField({ label, value, onChange, error, hint, multiline, maxLength, placeholder, type = 'text', mono, readOnly }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    maxLength,
    placeholder,
    readOnly,
    spellCheck: !mono && type !== 'url',
    className: `info-input${mono ? ' info-input-mono' : ''}${type === 'url' ? ' info-input-url' : ''}`,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;

  return (
    <div className="info-field" data-invalid={error ? '' : undefined}>
      <label className="info-label" htmlFor={id}>
        {label}
      </label>
      <div className="info-control">
        {multiline ? (
          <textarea
            {...common}
            rows={1}
            inputMode={type === 'url' ? 'url' : undefined}
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={multiline === 'wrap' ? submitOnEnter : undefined}
          />
        ) : (
          <input {...common} type={type} inputMode={type === 'url' ? 'url' : undefined} onChange={(event) => onChange(event.target.value)} />
        )}
        {error && (
          <div id={errorId} className="field-error info-error" role="alert">
            {error}
          </div>
        )}
        {hint && (
          <div id={hintId} className="info-hint">
            {hint}
          </div>
        )}
      </div>
    </div>
  );
}

/** A title wraps like a paragraph but is one line of text: Enter saves instead of breaking it. */
function submitOnEnter(event: KeyboardEvent<HTMLTextAreaElement>): void {
  if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}
