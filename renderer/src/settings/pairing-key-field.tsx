import { useId, useState } from 'react';
import { CopyButton } from '../ui/copy-button';
import { EyeIcon, EyeOffIcon } from '../ui/icons';

/** The key the bookmarklet carries: hidden unless asked for, as anyone holding it can clip into the library. */
export function PairingKeyField({ pairingKey }: { pairingKey: string }) {
  const [revealed, setRevealed] = useState(false);
  const id = useId();
  return (
    <div className="settings-field">
      <label className="settings-label" htmlFor={id}>
        Pairing key
      </label>
      <div className="settings-key">
        <input
          id={id}
          className="input settings-key-input"
          type={revealed ? 'text' : 'password'}
          value={pairingKey}
          readOnly
          spellCheck={false}
          autoComplete="off"
        />
        <button
          type="button"
          className="button button-quiet icon-button"
          aria-label="Show pairing key"
          aria-pressed={revealed}
          title={revealed ? 'Hide the key' : 'Show the key'}
          onClick={() => setRevealed((value) => !value)}
        >
          {revealed ? <EyeOffIcon /> : <EyeIcon />}
        </button>
        <CopyButton text={pairingKey} label="pairing key" />
      </div>
    </div>
  );
}
