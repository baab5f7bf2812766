import { useState } from 'react';
import type { NoteView } from '../../../../shared/domain/note';
import { errorMessage } from '../../api/error-message';
import { useDebouncedCommit } from '../../search/use-debounced-commit';
import { SearchIcon } from '../../search/list-icons';
import { PlusIcon } from '../../ui/icons';
import { useToast } from '../../ui/toast-context';
import { useNoteActions } from '../note-actions';
import { useNoteCount, useNoteList } from '../note-queries';
import { useNotes } from '../notes-context';
import { NotesList } from './notes-list';
import { NEW_NOTE_KEYS } from '../use-notes-shortcuts';

/** The Notes view's list column: New note, a search over the notes' text, the notes or their trash. */
export function NotesPane() {
  const { openNoteId, openNote, createNote, flushNote } = useNotes();
  const { trash, restore } = useNoteActions();
  const toast = useToast();
  const [view, setView] = useState<NoteView>('notes');
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const { schedule, flush } = useDebouncedCommit(setQuery);
  const list = useNoteList({ view, collectionId: null, query });
  const count = useNoteCount({ view, collectionId: null, query }).data;
  const trashed = useNoteCount({ view: 'trash', collectionId: null, query: '' }).data;
  const { notes } = list;
  const newNote = () =>
    createNote().catch((error: unknown) => toast.show({ kind: 'error', title: 'The note could not be made', description: errorMessage(error) }));

  return (
    <section className="list-pane notes-pane" aria-label="Notes">
      <header className="list-header">
        <h2 className="list-header-title">{view === 'trash' ? 'Notes in the trash' : 'Notes'}</h2>
        {count !== undefined && <span className="list-header-count">{`${count.toLocaleString()} ${count === 1 ? 'note' : 'notes'}`}</span>}
        <button type="button" className="button button-quiet list-header-action" onClick={newNote} title={`New note (${NEW_NOTE_KEYS})`}>
          <PlusIcon />
          New note
        </button>
      </header>
      <div className="search-bar" role="search">
        <div className="search-field">
          <SearchIcon />
          <input
            className="search-input"
            type="search"
            aria-label="Search notes"
            placeholder={view === 'trash' ? 'Search the trash' : 'Search notes'}
            autoComplete="off"
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value);
              schedule(event.target.value);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') flush(draft);
              if (event.key === 'Escape' && draft) {
                setDraft('');
                flush('');
              }
            }}
          />
        </div>
      </div>
      {list.isError ? (
        <div className="list-message">
          <p>{errorMessage(list.error)}</p>
        </div>
      ) : notes.length === 0 && list.isSuccess ? (
        <div className="list-message">
          <p>{query ? 'No notes match this search.' : view === 'trash' ? 'No notes in the trash.' : 'No notes yet. Start one, or press “Quote in note” on a highlight.'}</p>
        </div>
      ) : (
        <NotesList
          notes={notes}
          currentId={openNoteId}
          label={view === 'trash' ? 'Notes in the trash' : 'Notes'}
          onOpen={(note) => openNote(note.id)}
          onTrash={view === 'notes' ? (note) => void flushNote(note.id).then(() => trash.mutate(note)) : undefined}
          onRestore={view === 'trash' ? (note) => restore.mutate(note) : undefined}
          onEnter={() => document.querySelector<HTMLElement>('.note-pane .note-document')?.focus()}
          onEndReached={() => list.hasNextPage && !list.isFetchingNextPage && void list.fetchNextPage()}
        />
      )}
      <footer className="notes-pane-footer">
        <button type="button" className="link-button" aria-pressed={view === 'trash'} onClick={() => setView(view === 'trash' ? 'notes' : 'trash')}>
          {view === 'trash' ? '← All notes' : `Trash${trashed ? ` (${trashed.toLocaleString()})` : ''}`}
        </button>
      </footer>
    </section>
  );
}
