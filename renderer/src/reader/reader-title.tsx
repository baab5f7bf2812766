import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MAX_TITLE_LENGTH } from '../../../shared/domain/limits';
import type { ClippingSummary } from '../../../shared/domain/clipping';
import { errorMessage } from '../api/error-message';
import { useRenameClipping } from '../clippings/use-clipping-actions';
import { useSelection } from '../layout/selection-context';

/** The title as the reader's `<h1>`; Rename, F2 or a double-click edit it in place. */
export function ReaderTitle({ clipping }: { clipping: Pick<ClippingSummary, 'id' | 'title'> }) {
  const [draft, setDraft] = useState<string | null>(null);
  // The core refuses an empty title too; saying so here spares a round trip.
  const [emptyError, setEmptyError] = useState(false);
  const rename = useRenameClipping();
  const { renameRequest } = useSelection();
  const seenRequest = useRef(renameRequest);
  const { reset } = rename;

  useEffect(() => {
    if (renameRequest === seenRequest.current) return;
    seenRequest.current = renameRequest;
    reset();
    setDraft(clipping.title);
  }, [renameRequest, clipping.title, reset]);

  const cancel = () => {
    reset();
    setEmptyError(false);
    setDraft(null);
  };
  const save = () => {
    if (draft === null) return;
    if (draft.trim() === clipping.title) return cancel();
    if (draft.trim() === '') return void setEmptyError(true);
    rename.mutate({ id: clipping.id, title: draft }, { onSuccess: () => setDraft(null) });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    }
  };

  if (draft === null) {
    return (
      <h1 className="reader-title" onDoubleClick={() => setDraft(clipping.title)} title="Double-click to rename">
        {clipping.title}
      </h1>
    );
  }
  const error = emptyError ? 'A title cannot be empty.' : rename.isError ? errorMessage(rename.error) : null;
  return (
    <div className="reader-title-edit">
      <input
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
        className="reader-title-input"
        aria-label="Title"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'rename-error' : undefined}
        value={draft}
        maxLength={MAX_TITLE_LENGTH}
        readOnly={rename.isPending}
        onChange={(event) => {
          setDraft(event.target.value);
          setEmptyError(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => (draft.trim() === clipping.title ? cancel() : undefined)}
      />
      <div className="reader-title-hint">
        {error ? (
          <span id="rename-error" className="field-error" role="alert">
            {error}
          </span>
        ) : (
          <span>Enter to save · Esc to cancel</span>
        )}
      </div>
    </div>
  );
}
