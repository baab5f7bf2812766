import type { NoteSummary } from '../../../../shared/domain/note';
import { citationCount, noteDate } from './describe-note';

interface Props {
  note: NoteSummary;
  current: boolean;
  onOpen(note: NoteSummary): void;
  onRestore?(note: NoteSummary): void;
}

/** One note: title, the first words, when it changed, how much it cites. */
export function NoteRow({ note, current, onOpen, onRestore }: Props) {
  return (
    <div
      id={`note-option-${note.id}`}
      role="option"
      aria-selected={current}
      aria-label={note.title}
      className="note-row"
      onClick={() => onOpen(note)}
    >
      <div className="note-row-title">{note.title}</div>
      {note.excerpt && note.excerpt !== note.title && <div className="note-row-excerpt">{note.excerpt}</div>}
      <div className="note-row-about">
        <span>{noteDate(note.updatedAt)}</span>
        <span className="note-row-citations">{citationCount(note.citationCount)}</span>
        {onRestore && (
          <button
            type="button"
            className="button button-small note-row-restore"
            onClick={(event) => {
              event.stopPropagation();
              onRestore(note);
            }}
          >
            Restore
          </button>
        )}
      </div>
    </div>
  );
}
