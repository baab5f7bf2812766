import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ClippingSummary } from '../../../shared/domain/clipping';
import type { Note, NoteDoc } from '../../../shared/domain/note';
import { useClient } from '../api/client-context';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../api/query-keys';
import { useSelection } from '../layout/selection-context';
import { useToast } from '../ui/toast-context';
import { citedQuoteNode, type JsonNode } from './cited-quote/quote-content';
import { NoteSession } from './note-session';
import { noteKeys } from './note-queries';
import { QuoteInNoteContext, type QuoteRequest } from './quote-request';
import { readOpenNote, writeOpenNote } from './open-note-storage';

/** What the editor showing the open note lets others do to it. */
export interface EditorHandle {
  noteId: number;
  insertBlock(node: JsonNode): void;
}

interface Notes {
  /** The note being written: in the Notes view, or beside the reader when the dock is open. */
  openNoteId: number | null;
  openNote(id: number | null): void;
  dockOpen: boolean;
  setDockOpen(open: boolean): void;
  createNote(options?: { collectionIds?: number[]; doc?: NoteDoc }): Promise<Note>;
  sessionFor(note: Note): NoteSession;
  registerEditor(handle: EditorHandle): () => void;
  /** Quotes asked for while the note's editor was not shown yet. */
  takePending(noteId: number): JsonNode[];
  fetchClipping(id: number): Promise<ClippingSummary>;
  /** Sends the note's unsaved changes now (before it goes to the trash, say). */
  flushNote(id: number): Promise<void>;
}

const NotesContext = createContext<Notes | null>(null);

/**
 * The notes area's state: which note is open, whether it is docked beside the reader,
 * the open notes' save sessions (flushed on `pagehide`), and "Quote in note" for
 * the reader and the annotation lists (`QuoteInNoteContext`).
 */
export function NotesProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { scope } = useSelection();
  const [openNoteId, setOpenNoteId] = useState<number | null>(readOpenNote);
  const [dockOpen, setDockOpen] = useState(false);
  const sessions = useRef(new Map<number, NoteSession>());
  const editor = useRef<EditorHandle | null>(null);
  const pending = useRef(new Map<number, JsonNode[]>());
  const current = useRef({ openNoteId, inNotesView: scope.kind === 'notes' });
  current.current = { openNoteId, inNotesView: scope.kind === 'notes' };

  const sessionFor = useCallback(
    (note: Note) => {
      let session = sessions.current.get(note.id);
      if (!session) {
        session = new NoteSession(note, {
          save: (input) => client.notes.save(input),
          onSaved: (saved) => {
            queryClient.setQueryData(noteKeys.item(saved.id), saved);
            void queryClient.invalidateQueries({ queryKey: noteKeys.lists });
          },
          describe: errorMessage,
        });
        sessions.current.set(note.id, session);
      }
      return session;
    },
    [client, queryClient],
  );

  const openNote = useCallback((id: number | null) => {
    const previous = current.current.openNoteId;
    setOpenNoteId(id);
    writeOpenNote(id);
    const old = previous === null || previous === id ? undefined : sessions.current.get(previous);
    // A session with changes a failed save kept stays, retrying, and reopens with them.
    old?.flush().finally(() => {
      if (!old.hasUnsavedChanges && current.current.openNoteId !== old.id) {
        old.dispose();
        sessions.current.delete(old.id);
      }
    });
  }, []);

  const createNote = useCallback(
    async (options: { collectionIds?: number[]; doc?: NoteDoc } = {}) => {
      const note = await client.notes.create({ collectionIds: options.collectionIds ?? [], ...(options.doc ? { doc: options.doc } : {}) });
      queryClient.setQueryData(noteKeys.item(note.id), note);
      void queryClient.invalidateQueries({ queryKey: noteKeys.lists });
      openNote(note.id);
      return note;
    },
    [client, queryClient, openNote],
  );

  const fetchClipping = useCallback(
    (id: number) => queryClient.fetchQuery({ queryKey: queryKeys.item(id), queryFn: () => client.clippings.get({ id }) }),
    [client, queryClient],
  );

  const registerEditor = useCallback((handle: EditorHandle) => {
    editor.current = handle;
    return () => {
      if (editor.current === handle) editor.current = null;
    };
  }, []);

  const flushNote = useCallback((id: number) => sessions.current.get(id)?.flush() ?? Promise.resolve(), []);

  const takePending = useCallback((noteId: number) => {
    const nodes = pending.current.get(noteId) ?? [];
    pending.current.delete(noteId);
    return nodes;
  }, []);

  const quoteInNote = useCallback(
    (request: QuoteRequest) => {
      void (async () => {
        const node = citedQuoteNode(request, await fetchClipping(request.clippingId));
        const open = current.current.openNoteId;
        if (editor.current && editor.current.noteId === open) {
          editor.current.insertBlock(node);
        } else if (open !== null) {
          pending.current.set(open, [...(pending.current.get(open) ?? []), node]);
          if (!current.current.inNotesView) setDockOpen(true);
        } else {
          const collectionIds = scope.kind === 'collection' ? [scope.id] : [];
          await createNote({ collectionIds, doc: { type: 'doc', content: [node as never, { type: 'paragraph' }] } });
          if (!current.current.inNotesView) setDockOpen(true);
        }
      })().catch((error: unknown) => toast.show({ kind: 'error', title: 'The quote could not be put in the note', description: errorMessage(error) }));
    },
    [fetchClipping, createNote, scope, toast],
  );

  // Closing or reloading the window: every open note's last changes are sent now.
  useEffect(() => {
    const flushAll = () => {
      for (const session of sessions.current.values()) void session.flush();
    };
    window.addEventListener('pagehide', flushAll);
    window.addEventListener('beforeunload', flushAll);
    return () => {
      window.removeEventListener('pagehide', flushAll);
      window.removeEventListener('beforeunload', flushAll);
    };
  }, []);

  const value = useMemo(
    (): Notes => ({ openNoteId, openNote, dockOpen, setDockOpen, createNote, sessionFor, registerEditor, takePending, fetchClipping, flushNote }),
    [openNoteId, openNote, dockOpen, createNote, sessionFor, registerEditor, takePending, fetchClipping, flushNote],
  );
  return (
    <NotesContext.Provider value={value}>
      <QuoteInNoteContext.Provider value={quoteInNote}>{children}</QuoteInNoteContext.Provider>
    </NotesContext.Provider>
  );
}

export function useNotes(): Notes {
  const notes = useContext(NotesContext);
  if (!notes) throw new Error('useNotes must be used inside <NotesProvider>.');
  return notes;
}
