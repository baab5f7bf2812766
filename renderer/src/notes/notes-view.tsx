import { NoteEditor } from './editor/note-editor';
import { NotesPane } from './list/notes-pane';
import { useNotes } from './notes-context';
import { NEW_NOTE_KEYS } from './use-notes-shortcuts';

/** What AppShell shows for the Notes scope: the notes list and, beside it, the open note. */
export function NotesView() {
  const { openNoteId } = useNotes();
  return (
    <>
      <NotesPane />
      <main className="reader-pane note-pane">
        {openNoteId === null ? (
          <div className="note-editor-message">
            <p>Choose a note, or start one with New note ({NEW_NOTE_KEYS}).</p>
          </div>
        ) : (
          <NoteEditor noteId={openNoteId} placement="view" />
        )}
      </main>
    </>
  );
}
