import type { AnyExtension } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { noteExtensions } from '../../../../shared/notes/note-extensions';
import { CitationStates } from '../citation/citation-states';
import { citationView } from '../citation/citation-view';
import { CitedQuoteView } from '../cited-quote/cited-quote-view';

/**
 * The editor's extensions: exactly the note schema the core checks saves against
 * (shared/notes), with views for the cited quote (React: source line, state, Update)
 * and the inline citation (a short mark). Views change how nodes are drawn, never the schema.
 */
export function editorExtensions(): AnyExtension[] {
  const views = noteExtensions().map((extension) => {
    const extendable = extension as { extend: (config: object) => AnyExtension };
    if (extension.name === 'citedQuote') return extendable.extend({ addNodeView: () => ReactNodeViewRenderer(CitedQuoteView) });
    if (extension.name === 'citation') return extendable.extend({ addNodeView: () => citationView });
    return extension;
  });
  // Decorations, not nodes: the schema stays the core's.
  return [...views, CitationStates];
}
