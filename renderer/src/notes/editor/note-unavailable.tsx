import type { NoteSummary } from '../../../../shared/domain/note';
import { useNoteActions } from '../note-actions';

/** A note that cannot be edited: in the trash (with Restore), or not readable (the reason). */
export function NoteUnavailable({ note, message }: { note?: NoteSummary; message?: string }) {
  const { restore } = useNoteActions();
  return (
    <div className="note-editor-message" role="status">
      {note ? (
        <>
          <p>“{note.title}” is in the trash.</p>
          <button type="button" className="button" disabled={restore.isPending} onClick={() => restore.mutate(note)}>
            Restore the note
          </button>
        </>
      ) : (
        <p>{message}</p>
      )}
    </div>
  );
}
