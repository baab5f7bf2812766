import { EditorContent, useEditor } from '@tiptap/react';
import type { MouseEvent } from 'react';
import { isSafeLinkHref } from '../../../shared/document/safe-url';
import type { DocNode } from '../../../shared/document/document-types';
import { readerExtensions } from './reader-figure';

/**
 * The clipping's structured document, rendered by tiptap in read-only mode from
 * the restricted schema. Clipped HTML is never rendered as HTML.
 */
export function ReaderDocument({ doc }: { doc: DocNode }) {
  const editor = useEditor(
    {
      editable: false,
      extensions: readerExtensions(),
      content: doc,
      injectCSS: false,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: { class: 'document', 'aria-label': 'Clipping text', role: 'document' } },
    },
    [doc],
  );
  return <EditorContent editor={editor} className="document-host" onClick={openLinkOutside} />;
}

/** Links in a clipping open in the system browser, never inside the app window. */
function openLinkOutside(event: MouseEvent<HTMLElement>): void {
  const link = (event.target as HTMLElement).closest('a');
  if (!link) return;
  event.preventDefault();
  const href = link.getAttribute('href');
  if (isSafeLinkHref(href)) window.open(href, '_blank', 'noopener,noreferrer');
}
