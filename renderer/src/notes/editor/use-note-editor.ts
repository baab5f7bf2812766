import type { Editor } from '@tiptap/core';
import { useEditor } from '@tiptap/react';
import { useRef, useState } from 'react';
import type { NoteDoc } from '../../../../shared/domain/note';
import { noteText } from '../../../../shared/notes/note-text';
import { errorMessage } from '../../api/error-message';
import { useToast } from '../../ui/toast-context';
import { citedQuoteNode } from '../cited-quote/quote-content';
import { useNotes } from '../notes-context';
import type { NoteSession, NoteSnapshot } from '../note-session';
import { readQuoteDragData } from '../quote-request';
import { editorExtensions } from './editor-extensions';
import { insertBlocksAt } from './insert-block';
import type { MenuKeyHandler } from './menu-keys';
import { pasteProblem } from './paste-guard';

/**
 * The tiptap editor of one note session: the note schema, its content from the
 * session, every change reported to the session (which saves it), quotes dropped on
 * it, pastes too large refused. When the stored document cannot be shown (it does not
 * fit the schema, or comes out empty), the editor turns read-only and the session is
 * never told of a change: an editor that failed to load must not save over the note.
 */
export function useNoteEditor(session: NoteSession, initial: NoteSnapshot) {
  const notes = useNotes();
  const toast = useToast();
  const [loadError, setLoadError] = useState<string | null>(null);
  const broken = useRef(false);
  const menuKeys = useRef<MenuKeyHandler | null>(null);
  const editorRef = useRef<Editor | null>(null);

  const fail = (message: string) => {
    broken.current = true;
    setLoadError(message);
  };

  const editor = useEditor(
    {
      extensions: editorExtensions(),
      content: initial.doc,
      injectCSS: false,
      shouldRerenderOnTransaction: false,
      // A new (empty) note is there to be written in.
      autofocus: noteText(initial.doc as never).trim() === '' ? 'end' : false,
      enableContentCheck: true,
      onContentError: ({ error }) => fail(`This note does not fit the editor's schema (${error.message}).`),
      onCreate: ({ editor: created }) => {
        editorRef.current = created;
        if (!broken.current && noteText(initial.doc as never).trim() !== '' && created.getText().trim() === '') {
          fail('The note came out empty in the editor.');
        }
        if (broken.current) created.setEditable(false);
      },
      onUpdate: ({ transaction }) => {
        if (!broken.current && transaction.docChanged) session.changed();
      },
      editorProps: {
        attributes: { class: 'document note-document', 'aria-label': 'Note text', role: 'textbox', 'aria-multiline': 'true' },
        handleKeyDown: (_view, event) => menuKeys.current?.(event) ?? false,
        handleDrop: (view, event) => {
          const request = event.dataTransfer ? readQuoteDragData(event.dataTransfer) : null;
          if (!request || broken.current) return false;
          event.preventDefault();
          const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.doc.content.size;
          notes
            .fetchClipping(request.clippingId)
            .then((clipping) => editorRef.current && insertBlocksAt(editorRef.current, pos, [citedQuoteNode(request, clipping)]))
            .catch((error: unknown) => toast.show({ kind: 'error', title: 'The quote could not be put in the note', description: errorMessage(error) }));
          return true;
        },
        handlePaste: (view, event) => {
          const data = event.clipboardData;
          if (!data) return false;
          const problem = pasteProblem({ html: data.getData('text/html'), text: data.getData('text/plain') }, view.state.doc.content.size);
          if (!problem) return false;
          event.preventDefault();
          toast.show({ kind: 'error', title: 'Too large to paste into a note', description: problem });
          return true;
        },
      },
    },
    [session],
  );

  const snapshot = (title: string | null): NoteSnapshot => ({ doc: (editor?.getJSON() ?? initial.doc) as NoteDoc, title });
  return { editor, loadError, menuKeys, snapshot };
}
