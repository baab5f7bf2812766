import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, type MouseEvent } from 'react';
import { isSafeLinkHref } from '../../../shared/document/safe-url';
import type { DocNode } from '../../../shared/document/document-types';
import { AnnotationHighlights } from '../annotations/highlight-extension';
import { TextHistory } from './text-history';
import { readerExtensions } from './reader-figure';

/**
 * The clipping's structured document, rendered by tiptap from the restricted schema
 * (read-only unless the text is being edited). Clipped HTML is never rendered as HTML;
 * highlights are decorations over it.
 */
export function ReaderDocument({ doc, editing = false, onEditor }: { doc: DocNode; editing?: boolean; onEditor?(editor: Editor | null): void }) {
  const editor = useEditor(
    {
      editable: false,
      extensions: [...readerExtensions(), AnnotationHighlights, TextHistory],
      content: doc,
      injectCSS: false,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: { class: 'document', 'aria-label': 'Clipping text', role: 'document' } },
    },
    [doc],
  );
  // Reported only while its view is mounted: highlights and selections need the view.
  useEffect(() => {
    if (!editor || !onEditor) return;
    const report = () => onEditor(editor.isDestroyed ? null : editor);
    report();
    editor.on('mount', report);
    editor.on('unmount', report);
    return () => {
      editor.off('mount', report);
      editor.off('unmount', report);
      onEditor(null);
    };
  }, [editor, onEditor]);
  useEffect(() => {
    if (!editor || editor.isDestroyed || editor.isEditable === editing) return;
    editor.setEditable(editing);
    if (editing) editor.commands.focus();
  }, [editor, editing]);
  return <EditorContent editor={editor} className="document-host" data-editing={editing ? '' : undefined} onClick={editing ? undefined : openLinkOutside} />;
}

/** Links in a clipping open in the system browser, never inside the app window. */
function openLinkOutside(event: MouseEvent<HTMLElement>): void {
  const link = (event.target as HTMLElement).closest('a');
  if (!link) return;
  event.preventDefault();
  const href = link.getAttribute('href');
  if (isSafeLinkHref(href)) window.open(href, '_blank', 'noopener,noreferrer');
}
