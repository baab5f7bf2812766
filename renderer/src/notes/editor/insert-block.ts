import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { JsonNode } from '../cited-quote/quote-content';

/**
 * Where a block (a cited quote, a bibliography) goes for a cursor or drop at `pos`:
 * between the top-level blocks — before the block when `pos` is at its start, else
 * after it — so a quote never lands inside a list item, a table cell or another quote.
 */
export function blockBoundary(doc: PmNode, pos: number): number {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  if ($pos.depth === 0) return $pos.pos;
  const atStart = $pos.pos === $pos.start(1) || $pos.pos === $pos.before(1);
  return atStart ? $pos.before(1) : $pos.after(1);
}

/** Inserts blocks at the boundary nearest `pos`, replacing the block there when it is an empty paragraph; the cursor goes after them. */
export function insertBlocksAt(editor: Editor, pos: number, nodes: JsonNode[]): void {
  const { doc } = editor.state;
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  const block = $pos.depth >= 1 ? $pos.node(1) : null;
  const range =
    block && block.type.name === 'paragraph' && block.content.size === 0
      ? { from: $pos.before(1), to: $pos.after(1) }
      : blockBoundary(doc, pos);
  editor
    .chain()
    .insertContentAt(range, nodes, { updateSelection: true })
    .scrollIntoView()
    .run();
}
