import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { JsonNode } from '../cited-quote/quote-content';

/**
 * Where a block (a cited quote, a bibliography) goes for a cursor or drop at `pos`:
 * between the top-level blocks — before the block when `pos` is at its start, else
 * after it — so a quote never lands inside a list item, a table cell or another
 * quote. An empty paragraph there (the line the writer just opened) is replaced.
 */
export function blockInsertRange(doc: PmNode, pos: number): { from: number; to: number } {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  if ($pos.depth === 0) {
    const before = $pos.nodeBefore;
    const after = $pos.nodeAfter;
    if (before && isEmptyParagraph(before)) return { from: $pos.pos - before.nodeSize, to: $pos.pos };
    if (after && isEmptyParagraph(after)) return { from: $pos.pos, to: $pos.pos + after.nodeSize };
    return { from: $pos.pos, to: $pos.pos };
  }
  const block = $pos.node(1);
  const start = $pos.before(1);
  const end = $pos.after(1);
  if (isEmptyParagraph(block)) return { from: start, to: end };
  const at = $pos.pos <= $pos.start(1) ? start : end;
  return { from: at, to: at };
}

function isEmptyParagraph(node: PmNode): boolean {
  return node.type.name === 'paragraph' && node.content.size === 0;
}

/** Inserts blocks at the place `blockInsertRange` finds for `pos`; the cursor goes after them. */
export function insertBlocksAt(editor: Editor, pos: number, nodes: JsonNode[]): void {
  editor.chain().insertContentAt(blockInsertRange(editor.state.doc, pos), nodes, { updateSelection: true }).scrollIntoView().run();
}
