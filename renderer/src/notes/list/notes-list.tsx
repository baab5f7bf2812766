import { useRef, type KeyboardEvent } from 'react';
import type { NoteSummary } from '../../../../shared/domain/note';
import { stepIndex } from '../editor/find-trigger';
import { NoteRow } from './note-row';

interface Props {
  notes: NoteSummary[];
  currentId: number | null;
  label: string;
  onOpen(note: NoteSummary): void;
  onTrash?(note: NoteSummary): void;
  onRestore?(note: NoteSummary): void;
  /** Enter: go and write in the open note. */
  onEnter?(): void;
}

/**
 * The notes as a listbox: arrows move and open, Enter goes into the note, Delete moves to the trash. Notes are
 * few (hundreds, in pages of 500), so the list is drawn whole rather than windowed.
 */
export function NotesList({ notes, currentId, label, onOpen, onTrash, onRestore, onEnter }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const index = notes.findIndex((note) => note.id === currentId);
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0 && notes.length > 0) {
      event.preventDefault();
      const next = notes[index < 0 ? 0 : stepIndex(index, step, notes.length)]!;
      onOpen(next);
      document.getElementById(`note-option-${next.id}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter' && onEnter && index >= 0) {
      event.preventDefault();
      onEnter();
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && onTrash && index >= 0) {
      event.preventDefault();
      onTrash(notes[index]!);
    }
  };
  return (
    <div
      ref={listRef}
      className="notes-list"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={index >= 0 ? `note-option-${currentId}` : undefined}
      onKeyDown={onKeyDown}
    >
      {notes.map((note) => (
        <NoteRow key={note.id} note={note} current={note.id === currentId} onOpen={onOpen} onRestore={onRestore} />
      ))}
    </div>
  );
}
