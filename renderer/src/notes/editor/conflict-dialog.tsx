import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useClient } from '../../api/client-context';
import { errorMessage } from '../../api/error-message';
import type { NoteSession } from '../note-session';

/**
 * The note was saved elsewhere (another window) since this editor loaded it: the
 * writer chooses. Both read the stored note first — keeping mine saves over its
 * revision, taking theirs puts its text in the editor. Nothing happens without a choice.
 */
export function ConflictDialog({ session, message }: { session: NoteSession; message: string }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const resolve = (choice: 'mine' | 'theirs') => {
    setBusy(true);
    setFailure(null);
    client.notes
      .get({ id: session.id })
      .then((stored) => (choice === 'mine' ? session.keepMine(stored) : session.takeStored(stored)))
      .catch((error: unknown) => setFailure(errorMessage(error)))
      .finally(() => setBusy(false));
  };
  return (
    <Dialog.Root open>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog small-dialog" onEscapeKeyDown={(event) => event.preventDefault()} onPointerDownOutside={(event) => event.preventDefault()}>
          <header className="dialog-header">
            <Dialog.Title className="dialog-title">This note changed elsewhere</Dialog.Title>
            <Dialog.Description className="dialog-description">
              {message} Your latest changes are still here, not saved.
            </Dialog.Description>
          </header>
          {failure && <p className="note-dialog-error">{failure}</p>}
          <footer className="small-dialog-footer">
            <button type="button" className="button" disabled={busy} onClick={() => resolve('theirs')}>
              Load the saved version
            </button>
            <span className="small-dialog-spacer" />
            <button type="button" className="button button-primary" disabled={busy} onClick={() => resolve('mine')}>
              Keep my version
            </button>
          </footer>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
