import * as Dialog from '@radix-ui/react-dialog';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CaptureOutcome } from '../../../shared/domain/clipping';

type Duplicate = Extract<CaptureOutcome, { status: 'duplicate' }>;
export type DuplicateChoice = 'open' | 'version' | 'cancel';

type Ask = (duplicate: Duplicate) => Promise<DuplicateChoice>;
const DuplicatePromptContext = createContext<Ask | null>(null);

export function useDuplicatePrompt(): Ask {
  const ask = useContext(DuplicatePromptContext);
  if (!ask) throw new Error('useDuplicatePrompt must be used inside <DuplicatePromptProvider>.');
  return ask;
}

/**
 * Asks what to do with a capture the library already holds: open the clipping
 * that is there, or keep the new capture as a new version of that article.
 */
export function DuplicatePromptProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Duplicate | null>(null);
  const answer = useRef<(choice: DuplicateChoice) => void>(() => {});

  const ask = useCallback<Ask>(
    (duplicate) =>
      new Promise((resolve) => {
        answer.current = resolve;
        setPending(duplicate);
      }),
    [],
  );
  const choose = (choice: DuplicateChoice) => {
    setPending(null);
    answer.current(choice);
  };

  return (
    <DuplicatePromptContext.Provider value={useMemo(() => ask, [ask])}>
      {children}
      <Dialog.Root open={pending !== null} onOpenChange={(open) => !open && choose('cancel')}>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content className="dialog duplicate-dialog" aria-describedby="duplicate-description">
            <header className="dialog-header">
              <Dialog.Title className="dialog-title">Already in your library</Dialog.Title>
              <Dialog.Description id="duplicate-description" className="dialog-description">
                {pending?.match === 'url' ? 'A clipping with the same address' : 'A clipping with the same text'} is already here:{' '}
                <strong>“{pending?.existing.title}”</strong>
                {pending && pending.existing.versionCount > 1 ? ` (${pending.existing.versionCount} versions)` : ''}. Open it, or keep
                this capture as a new version of that article.
              </Dialog.Description>
            </header>
            <footer className="dialog-footer">
              <button type="button" className="button" onClick={() => choose('cancel')}>
                Cancel
              </button>
              <button type="button" className="button" onClick={() => choose('version')}>
                Keep as new version
              </button>
              <button type="button" className="button button-primary" autoFocus onClick={() => choose('open')}>
                Open existing
              </button>
            </footer>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </DuplicatePromptContext.Provider>
  );
}
