import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { NoteCitation } from '../../../../shared/domain/note';

/** What an inline citation says about its source when it is not simply there. */
const NOTICE: Record<string, string> = {
  trashed: 'The cited clipping is in the trash',
  deleted: 'The cited clipping was deleted; the citation keeps its label',
};

const key = new PluginKey<{ states: Map<number, string>; decorations: DecorationSet }>('citationStates');

/** `clippingId → 'trashed' | 'deleted'` for the clippings not live (inline citations name a clipping, not an annotation). */
export function clippingStates(citations: readonly NoteCitation[]): Map<number, string> {
  const states = new Map<number, string>();
  for (const citation of citations) if (citation.clipping !== 'live') states.set(citation.clippingId, citation.clipping);
  return states;
}

function decorate(doc: PmNode, states: Map<number, string>): DecorationSet {
  if (states.size === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'citation') return;
    const state = states.get(node.attrs.clippingId as number);
    if (state) decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-state': state, title: `${String(node.attrs.label)} — ${NOTICE[state]}` }));
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Marks inline citations whose clipping is in the trash or deleted, from the states
 * `notes.get` reports (sent in with `setCitationStates`). Decorations only: the
 * document is never changed by what became of a source.
 */
export const CitationStates = Extension.create({
  name: 'citationStates',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key,
        state: {
          init: () => ({ states: new Map<number, string>(), decorations: DecorationSet.empty }),
          apply: (tr, value) => {
            const states = tr.getMeta(key) as Map<number, string> | undefined;
            if (states) return { states, decorations: decorate(tr.doc, states) };
            if (!tr.docChanged) return value;
            return { states: value.states, decorations: decorate(tr.doc, value.states) };
          },
        },
        props: { decorations: (state) => key.getState(state)?.decorations },
      }),
    ];
  },
});

/** The transaction meta key `setMeta(citationStatesKey, clippingStates(…))` sends the states with. */
export const citationStatesKey: PluginKey = key;
