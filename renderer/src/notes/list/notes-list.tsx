import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
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
  /** The list's end came into view, or the arrow keys reached it: time for the next page. */
  onEndReached?(): void;
}

/**
 * The notes as a listbox: arrows move and open, Enter goes into the note, Delete moves to the trash. The
 * pages loaded so far are drawn whole (notes are hundreds, not the library's thousands); the next page is
 * asked for as the end nears.
 */
export function NotesList({ notes, currentId, label, onOpen, onTrash, onRestore, onEnter, onEndReached }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const index = notes.findIndex((note) => note.id === currentId);
  useNearEnd(listRef, endRef, onEndReached);
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0 && notes.length > 0) {
      event.preventDefault();
      const next = notes[index < 0 ? 0 : stepIndex(index, step, notes.length)]!;
      onOpen(next);
      document.getElementById(`note-option-${next.id}`)?.scrollIntoView({ block: 'nearest' });
      if (step > 0 && index >= notes.length - 2) onEndReached?.();
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
      <div ref={endRef} className="notes-list-end" aria-hidden="true" />
    </div>
  );
}

/** Calls `onNearEnd` when `end` comes within a screenful of the list's visible part. */
function useNearEnd(list: RefObject<HTMLElement | null>, end: RefObject<HTMLElement | null>, onNearEnd: (() => void) | undefined) {
  const latest = useRef(onNearEnd);
  latest.current = onNearEnd;
  useEffect(() => {
    if (!list.current || !end.current) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && latest.current?.(), {
      root: list.current,
      rootMargin: '0px 0px 100% 0px',
    });
    observer.observe(end.current);
    return () => observer.disconnect();
  }, [list, end]);
}
