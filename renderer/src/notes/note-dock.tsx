import { errorMessage } from '../api/error-message';
import { useToast } from '../ui/toast-context';
import { NoteEditor } from './editor/note-editor';
import { useNotes } from './notes-context';
import { NEW_NOTE_KEYS, NOTE_DOCK_KEYS } from './use-notes-shortcuts';

/**
 * The open note docked at the right of the reader: the analyst reads a source and
 * writes the brief side by side, drags highlights across, and clicks a citation to
 * bring its source up in the reader next to it.
 */
export function NoteDock() {
  const { openNoteId, createNote, setDockOpen } = useNotes();
  const toast = useToast();
  return (
    <aside className="note-dock" aria-label="Note beside the reader">
      {openNoteId === null ? (
        <div className="note-editor-message">
          <p>No note is open.</p>
          <button
            type="button"
            className="button"
            onClick={() => createNote().catch((error: unknown) => toast.show({ kind: 'error', title: 'The note could not be made', description: errorMessage(error) }))}
          >
            New note ({NEW_NOTE_KEYS})
          </button>
          <button type="button" className="link-button" onClick={() => setDockOpen(false)}>
            Close ({NOTE_DOCK_KEYS})
          </button>
        </div>
      ) : (
        <NoteEditor noteId={openNoteId} placement="dock" />
      )}
    </aside>
  );
}
