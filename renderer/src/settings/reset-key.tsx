import { useRef, useState } from 'react';
import { errorMessage } from '../api/error-message';
import { useResetPairingKey } from './use-bridge-info';

/** Reset the pairing key, after saying what it breaks. */
export function ResetKey() {
  const [confirming, setConfirming] = useState(false);
  const reset = useResetPairingKey();
  const startRef = useRef<HTMLButtonElement>(null);
  // The confirmation replaces the button; when it goes, focus goes back to the button.
  const finish = () => {
    setConfirming(false);
    requestAnimationFrame(() => startRef.current?.focus());
  };

  if (!confirming) {
    return (
      <div className="settings-reset">
        <button ref={startRef} type="button" className="button" onClick={() => (reset.reset(), setConfirming(true))}>
          Reset key…
        </button>
        {reset.isSuccess && (
          <span className="settings-note" role="status">
            New key in place. Drag the new bookmarklet to your bookmarks bar.
          </span>
        )}
      </div>
    );
  }
  return (
    <div className="settings-confirm" role="group" aria-labelledby="reset-key-warning">
      <p id="reset-key-warning" className="settings-confirm-text">
        Bookmarklets made with the current key will stop working, in every browser where you added one.
      </p>
      {reset.isError && (
        <p className="field-error" role="alert">
          {errorMessage(reset.error)}
        </p>
      )}
      <div className="settings-confirm-actions">
        <button type="button" className="button" autoFocus onClick={finish}>
          Keep current key
        </button>
        <button
          type="button"
          className="button button-danger"
          aria-disabled={reset.isPending}
          onClick={() => !reset.isPending && reset.mutate(undefined, { onSuccess: finish })}
        >
          Reset key
        </button>
      </div>
    </div>
  );
}
