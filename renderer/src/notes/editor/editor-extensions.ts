import type { AnyExtension } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { noteExtensions } from '../../../../shared/notes/note-extensions';
import { CitedQuoteView } from '../cited-quote/cited-quote-view';

/**
 * The editor's extensions: exactly the note schema the core checks saves against
 * (shared/notes), with the cited quote drawn by its React view. Inline citations keep
 * the schema's own rendering (`<cite data-citation>`); the editor handles their clicks.
 */
export function editorExtensions(): AnyExtension[] {
  return noteExtensions().map((extension) =>
    extension.name === 'citedQuote'
      ? (extension as { extend: (config: object) => AnyExtension }).extend({ addNodeView: () => ReactNodeViewRenderer(CitedQuoteView) })
      : extension,
  );
}
