import * as Dialog from '@radix-ui/react-dialog';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { TagEditor } from '../tags/tag-editor';

const TagDialogContext = createContext<((ids: number[]) => void) | null>(null);

/**
 * Tagging from the list (the bulk bar's Tag…, the T key): the sidebar's TagEditor
 * in a dialog, for the selection or the current row.
 */
export function TagDialogProvider({ children }: { children: ReactNode }) {
  const [ids, setIds] = useState<number[] | null>(null);
  const open = useCallback((next: number[]) => {
    if (next.length > 0) setIds(next);
  }, []);
  const done = useCallback(() => setIds(null), []);
  const count = ids?.length ?? 0;
  return (
    <TagDialogContext.Provider value={open}>
      {children}
      <Dialog.Root open={ids !== null} onOpenChange={(next) => !next && done()}>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content className="dialog tag-dialog" aria-describedby={undefined}>
            <header className="dialog-header">
              <Dialog.Title className="dialog-title">
                {count === 1 ? 'Tag clipping' : `Tag ${count.toLocaleString()} clippings`}
              </Dialog.Title>
            </header>
            {ids && <TagEditor clippingIds={ids} onDone={done} />}
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </TagDialogContext.Provider>
  );
}

export function useTagDialog(): (ids: number[]) => void {
  const open = useContext(TagDialogContext);
  if (!open) throw new Error('useTagDialog must be used inside <TagDialogProvider>.');
  return open;
}
