import { useCallback } from 'react';
import { useNotes } from '../notes/notes-context';

/** A note named in the reader's "cited in" opens in the dock beside the reader: the clipping stays in view. */
export function useOpenNoteBeside(): (noteId: number) => void {
  const { openNote, setDockOpen } = useNotes();
  return useCallback(
    (noteId: number) => {
      openNote(noteId);
      setDockOpen(true);
    },
    [openNote, setDockOpen],
  );
}
