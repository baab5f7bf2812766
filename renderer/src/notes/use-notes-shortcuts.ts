import { useEffect } from 'react';
import { errorMessage } from '../api/error-message';
import { useSelection } from '../layout/selection-context';
import { hasCommandKey, shortcut } from '../ui/platform';
import { useToast } from '../ui/toast-context';
import { useNotes } from './notes-context';

export const NEW_NOTE_KEYS = shortcut('⇧N');
export const NOTE_DOCK_KEYS = shortcut('⇧E');
export const NOTES_VIEW_KEYS = shortcut('3');

/**
 * The notes' keys, beside the app's (⌘N adds a clipping, ⌘1 and ⌘2 are Library and Trash):
 * ⌘⇧N a new note, ⌘⇧E the note beside the reader (open or close), ⌘3 the Notes view.
 * They work in the editor too: they are commands, not text.
 */
export function useNotesShortcuts(): void {
  const { scope, setScope } = useSelection();
  const { createNote, dockOpen, setDockOpen } = useNotes();
  const toast = useToast();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || !hasCommandKey(event)) return;
      const key = event.key.toLowerCase();
      if (event.shiftKey && key === 'n') {
        event.preventDefault();
        const collectionIds = scope.kind === 'collection' ? [scope.id] : [];
        createNote({ collectionIds })
          .then(() => scope.kind !== 'notes' && setDockOpen(true))
          .catch((error: unknown) => toast.show({ kind: 'error', title: 'The note could not be made', description: errorMessage(error) }));
      } else if (event.shiftKey && key === 'e') {
        event.preventDefault();
        if (scope.kind === 'notes') {
          setDockOpen(true);
          setScope({ kind: 'library' });
        } else setDockOpen(!dockOpen);
      } else if (!event.shiftKey && event.key === '3') {
        event.preventDefault();
        setScope({ kind: 'notes' });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [scope, setScope, createNote, dockOpen, setDockOpen, toast]);
}
