/**
 * The selection within one scope of the list, as pure functions: the current row
 * (what the reader shows), the multi-selection, and the anchor a shift-range starts
 * from. A plain click or arrow key selects one row; ⌘/Ctrl-click and Space toggle;
 * ⌘/Ctrl+arrow moves without selecting; Shift extends from the anchor.
 */
export interface Anchor {
  id: number;
  /** Its row index when it was set: a range is counted from here. */
  index: number;
}

export interface ScopeSelection {
  currentId: number | null;
  selectedIds: ReadonlySet<number>;
  anchor: Anchor | null;
  searchText: string;
}

export const EMPTY_SCOPE_SELECTION: ScopeSelection = { currentId: null, selectedIds: new Set(), anchor: null, searchText: '' };

/** One row becomes current and the whole selection. */
export function selectOne(state: ScopeSelection, id: number | null, index = -1): ScopeSelection {
  if (state.currentId === id && state.selectedIds.size === (id === null ? 0 : 1) && (id === null || state.selectedIds.has(id))) {
    return index >= 0 && state.anchor?.index !== index && id !== null ? { ...state, anchor: { id, index } } : state;
  }
  return { ...state, currentId: id, selectedIds: new Set(id === null ? [] : [id]), anchor: id === null ? null : { id, index } };
}

/** ⌘/Ctrl+arrow: the current row moves, the selection stays (then Space adds rows one by one). */
export function moveCurrent(state: ScopeSelection, id: number, index: number): ScopeSelection {
  return { ...state, currentId: id, anchor: { id, index } };
}

/** ⌘/Ctrl-click or Space: the row joins or leaves the selection, and becomes current and the anchor. */
export function toggleOne(state: ScopeSelection, id: number, index: number): ScopeSelection {
  const selectedIds = new Set(state.selectedIds);
  if (selectedIds.has(id)) selectedIds.delete(id);
  else selectedIds.add(id);
  return { ...state, currentId: id, selectedIds, anchor: { id, index } };
}

/** Shift: the selection becomes the rows from the anchor to `currentId`; the anchor stays. */
export function selectRange(state: ScopeSelection, ids: readonly number[], currentId: number, index: number): ScopeSelection {
  return { ...state, currentId, selectedIds: new Set(ids), anchor: state.anchor ?? { id: currentId, index } };
}

/** ⌘/Ctrl+A. */
export function selectAll(state: ScopeSelection, ids: readonly number[]): ScopeSelection {
  return { ...state, currentId: state.currentId ?? ids[0] ?? null, selectedIds: new Set(ids) };
}

/** Escape: back to the current row alone. */
export function clearMulti(state: ScopeSelection): ScopeSelection {
  const selectedIds = new Set(state.currentId === null ? [] : [state.currentId]);
  return { ...state, selectedIds };
}

/** What an action applies to: the selection, else the current row. */
export function targetIds(state: Pick<ScopeSelection, 'currentId' | 'selectedIds'>): number[] {
  if (state.selectedIds.size > 0) return [...state.selectedIds];
  return state.currentId === null ? [] : [state.currentId];
}
