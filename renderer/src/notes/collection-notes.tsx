import { useState } from 'react';
import { errorMessage } from '../api/error-message';
import { useToast } from '../ui/toast-context';
import { citationCount, noteDate } from './list/describe-note';
import { useNoteCount, useNoteList } from './note-queries';
import { useNotes } from './notes-context';

/**
 * A collection's notes, above its clippings (a dossier holds both): each opens beside
 * the reader; the search words filter them as they filter the clippings.
 */
export function CollectionNotes({ collectionId, searchText }: { collectionId: number; searchText: string }) {
  const { openNoteId, openNote, createNote, setDockOpen } = useNotes();
  const toast = useToast();
  const [folded, setFolded] = useState(false);
  const params = { view: 'notes' as const, collectionId, query: searchText.trim() };
  const list = useNoteList(params);
  const count = useNoteCount(params).data;
  const { notes } = list;
  const open = (id: number) => {
    openNote(id);
    setDockOpen(true);
  };
  const newNote = () =>
    createNote({ collectionIds: [collectionId] })
      .then(() => setDockOpen(true))
      .catch((error: unknown) => toast.show({ kind: 'error', title: 'The note could not be made', description: errorMessage(error) }));

  return (
    <section className="collection-notes" aria-label="Notes in this collection">
      <header className="collection-notes-header">
        <button type="button" className="collection-notes-toggle" aria-expanded={!folded} onClick={() => setFolded(!folded)}>
          Notes <span className="list-header-count">{count ?? ''}</span>
        </button>
        <button type="button" className="button button-quiet button-small" onClick={newNote}>
          New note
        </button>
      </header>
      {!folded && notes.length > 0 && (
        <ul className="collection-notes-list">
          {notes.map((note) => (
            <li key={note.id}>
              <button type="button" className="collection-note" aria-current={note.id === openNoteId ? 'true' : undefined} onClick={() => open(note.id)}>
                <span className="collection-note-title">{note.title}</span>
                <span className="collection-note-about">
                  {noteDate(note.updatedAt)} · {citationCount(note.citationCount)}
                </span>
              </button>
            </li>
          ))}
          {list.hasNextPage && (
            <li>
              <button type="button" className="link-button" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                {list.isFetchingNextPage ? 'Loading…' : `Show more (${notes.length.toLocaleString()} of ${(count ?? notes.length).toLocaleString()} shown)`}
              </button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
