import { EditorContent } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type MouseEvent } from 'react';
import type { CitationStyleName } from '../../../../shared/domain/export';
import type { Note, NoteDoc } from '../../../../shared/domain/note';
import { useClient } from '../../api/client-context';
import { errorMessage } from '../../api/error-message';
import { useToast } from '../../ui/toast-context';
import { CitationContext } from '../citation-context';
import { CitationPicker } from '../citation-picker/citation-picker';
import { citationStatesKey, clippingStates } from '../citation/citation-states';
import { NoteHeader, type NotePlacement } from '../note-header';
import { useNote } from '../note-queries';
import { useNotes } from '../notes-context';
import { SlashMenu } from '../slash-menu/slash-menu';
import { useOpenCitation } from '../use-open-citation';
import { bibliographyNodes } from './bibliography-nodes';
import { ConflictDialog } from './conflict-dialog';
import { insertBlocksAt } from './insert-block';
import { NoteToolbar } from './note-toolbar';
import { useNoteEditor } from './use-note-editor';
import { useTrigger } from './use-trigger';
import { NoteUnavailable } from './note-unavailable';

/** The open note, in the Notes view or docked beside the reader. */
export function NoteEditor({ noteId, placement }: { noteId: number; placement: NotePlacement }) {
  const note = useNote(noteId);
  if (note.isPending) return <div className="note-editor-message">Opening the note…</div>;
  if (note.isError) return <NoteUnavailable message={errorMessage(note.error)} />;
  if (note.data.trashedAt !== null) return <NoteUnavailable note={note.data} />;
  return <LoadedNoteEditor key={note.data.id} note={note.data} placement={placement} />;
}

function LoadedNoteEditor({ note, placement }: { note: Note; placement: NotePlacement }) {
  const client = useClient();
  const toast = useToast();
  const notes = useNotes();
  const session = useMemo(() => notes.sessionFor(note), [notes, note]);
  const initial = useMemo(() => session.read(), [session]);
  const [title, setTitle] = useState(initial.title ?? '');
  const titleRef = useRef<string | null>(initial.title);
  const { editor, loadError, menuKeys } = useNoteEditor(session, initial);
  const saveState = useSyncExternalStore(session.subscribe, () => session.saveState);
  const current = useNote(note.id).data ?? note;
  const openCitation = useOpenCitation(current.citations);
  const { trigger, dismiss } = useTrigger(editor);
  const citationEnvironment = useMemo(() => ({ citations: current.citations, openCitation }), [current.citations, openCitation]);

  // The session reads this editor from now on, and keeps its content when it goes.
  useEffect(() => {
    if (!editor || loadError) return;
    const reader = () => ({ doc: editor.getJSON() as NoteDoc, title: titleRef.current });
    session.attach(reader);
    const stopReplacing = session.onReplace((snapshot) => {
      editor.commands.setContent(snapshot.doc, { emitUpdate: false });
      titleRef.current = snapshot.title;
      setTitle(snapshot.title ?? '');
    });
    return () => {
      stopReplacing();
      void session.detach(reader);
    };
  }, [editor, loadError, session]);

  // Inline citations show when their clipping went to the trash or was deleted.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(citationStatesKey, clippingStates(current.citations)).setMeta('addToHistory', false));
  }, [editor, current.citations]);

  // Quotes sent while the note was not shown go at its end; later ones at the cursor.
  useEffect(() => {
    if (!editor || loadError) return;
    const waiting = notes.takePending(note.id);
    if (waiting.length) insertBlocksAt(editor, editor.state.doc.content.size, waiting);
    return notes.registerEditor({ noteId: note.id, insertBlock: (node) => insertBlocksAt(editor, editor.state.selection.from, [node]) });
  }, [editor, loadError, notes, note.id]);

  const changeTitle = (value: string) => {
    setTitle(value);
    titleRef.current = value.trim() === '' ? null : value;
    if (!loadError) session.changed();
  };

  const insertBibliography = (style: CitationStyleName) => {
    void (async () => {
      await session.flush(); // the core lists what the stored note cites
      const bibliography = await client.notes.bibliography({ id: note.id, style });
      if (!editor) return;
      if (bibliography.entries.length === 0) {
        toast.show({ title: 'Nothing to list yet', description: 'Quote or cite a clipping first: the bibliography lists the sources this note cites.' });
        return;
      }
      insertBlocksAt(editor, editor.state.doc.content.size, bibliographyNodes(bibliography));
    })().catch((error: unknown) => toast.show({ kind: 'error', title: 'The bibliography could not be made', description: errorMessage(error) }));
  };

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const cite = (event.target as HTMLElement).closest('cite[data-citation]');
    if (cite && !event.shiftKey && !event.metaKey && !event.ctrlKey) {
      const annotation = cite.getAttribute('data-annotation-id');
      openCitation({ clippingId: Number(cite.getAttribute('data-clipping-id')), annotationId: annotation ? Number(annotation) : null });
    }
  };

  return (
    <CitationContext.Provider value={citationEnvironment}>
      <div className="note-editor" data-placement={placement}>
        <NoteHeader note={current} placement={placement} title={title} onTitle={changeTitle} saveState={saveState} session={session} onBibliography={insertBibliography} />
        {editor && !loadError && <NoteToolbar editor={editor} />}
        {loadError && (
          <p className="note-load-error" role="alert">
            {loadError} It is shown read-only and nothing is saved over it.
          </p>
        )}
        <div className="note-scroll">
          <EditorContent editor={editor} className="note-document-host" onClick={onClick} />
        </div>
        {editor && trigger?.kind === 'slash' && (
          <SlashMenu editor={editor} trigger={trigger} onClose={dismiss} onBibliography={insertBibliography} setKeys={(handler) => (menuKeys.current = handler)} />
        )}
        {editor && trigger?.kind === 'cite' && <CitationPicker editor={editor} trigger={trigger} onClose={dismiss} setKeys={(handler) => (menuKeys.current = handler)} />}
        {saveState.kind === 'conflict' && <ConflictDialog session={session} message={saveState.message} />}
      </div>
    </CitationContext.Provider>
  );
}
