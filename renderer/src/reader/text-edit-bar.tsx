import type { KeyboardEvent } from 'react';
import { hasCommandKey, shortcut } from '../ui/platform';
import type { TextEdit } from './use-text-edit';

/** Shown while the text is edited: what is going on, Save and Cancel. */
export function TextEditBar({ edit }: { edit: TextEdit }) {
  return (
    <div className="text-edit-bar" role="region" aria-label="Editing the text">
      <span className="text-edit-status">Editing the text. Highlights follow the words they mark; those whose words are removed are kept aside.</span>
      <button type="button" className="button button-quiet" onClick={edit.cancel} disabled={edit.saving}>
        Cancel
      </button>
      <button type="button" className="button button-primary" onClick={edit.save} disabled={edit.saving}>
        Save <kbd className="hint-keys">{shortcut('S')}</kbd>
      </button>
    </div>
  );
}

/** Ctrl/⌘+S saves and Escape cancels, anywhere in the reader while editing. */
export function onTextEditKey(event: KeyboardEvent, edit: TextEdit): boolean {
  if (!edit.editing) return false;
  if (event.key === 's' && hasCommandKey(event)) {
    event.preventDefault();
    edit.save();
    return true;
  }
  if (event.key === 'Escape') {
    event.preventDefault();
    edit.cancel();
    return true;
  }
  return false;
}
