import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { DecorationSet, type Decoration, type EditorView } from '@tiptap/pm/view';

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

/**
 * Paints `decorations`. The reader's text is not editable, so ProseMirror does not follow
 * the selection the reader makes in it; but a redraw puts back the selection ProseMirror
 * last knew. The transaction therefore takes the selection as it is on the page: a redraw
 * while the reader selects (the highlight just made being painted) leaves the new
 * selection alone — it used to be replaced by the old one, and the next key highlighted
 * the wrong words or none.
 */
export function showDecorations(editor: Editor, decorations: Decoration[]): void {
  if (editor.isDestroyed) return;
  const { state, view } = editor;
  const tr = state.tr.setMeta(highlightsKey, DecorationSet.create(state.doc, decorations)).setMeta('addToHistory', false);
  const onPage = view.editable ? null : pageSelection(view);
  if (onPage && (onPage.anchor !== state.selection.anchor || onPage.head !== state.selection.head)) tr.setSelection(TextSelection.create(tr.doc, onPage.anchor, onPage.head));
  view.dispatch(tr);
}

/** The document positions of the page's selection, when it lies in the editor. */
function pageSelection(view: EditorView): { anchor: number; head: number } | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection?.anchorNode || !selection.focusNode || !view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  try {
    const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
    const head = view.posAtDOM(selection.focusNode, selection.focusOffset);
    const { doc } = view.state;
    // Only between characters (a text selection), as a selection made with the mouse is.
    if (!doc.resolve(anchor).parent.inlineContent || !doc.resolve(head).parent.inlineContent) return null;
    return { anchor, head };
  } catch {
    return null;
  }
}
