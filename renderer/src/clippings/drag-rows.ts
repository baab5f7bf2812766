/** The drag type of clippings dragged from the list (onto a collection in the sidebar): JSON `number[]`. */
export const CLIPPINGS_DRAG_TYPE = 'application/x-dossier-clippings';

/** Dragging a selected row drags the selection; any other row goes alone. */
export function draggedIds(id: number, selectedIds: ReadonlySet<number>): number[] {
  return selectedIds.has(id) ? [...selectedIds] : [id];
}
