import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { DecorationSet, type Decoration } from '@tiptap/pm/view';

const highlightsKey = new PluginKey<DecorationSet>('annotationHighlights');

/**
 * Paints highlights and quote suggestions as ProseMirror decorations: the stored
 * document is never rewritten to show them, and while the text is edited they move
 * with it (the set is mapped through every change).
 */
export const AnnotationHighlights = Extension.create({
  name: 'annotationHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: highlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => (tr.getMeta(highlightsKey) as DecorationSet | undefined) ?? set.map(tr.mapping, tr.doc),
        },
        props: { decorations: (state) => highlightsKey.getState(state) },
      }),
    ];
  },
});

export function showDecorations(editor: Editor, decorations: Decoration[]): void {
  if (editor.isDestroyed) return;
  const { state, view } = editor;
  view.dispatch(state.tr.setMeta(highlightsKey, DecorationSet.create(state.doc, decorations)).setMeta('addToHistory', false));
}
