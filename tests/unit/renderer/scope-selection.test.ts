import { describe, expect, it } from 'vitest';
import { clearMulti, EMPTY_SCOPE_SELECTION, moveCurrent, selectAll, selectOne, selectRange, targetIds, toggleOne } from '../../../renderer/src/layout/scope-selection';
import { draggedIds } from '../../../renderer/src/clippings/drag-rows';
import { appendFilter, filterToken } from '../../../renderer/src/search/append-filter';

const ids = (state: { selectedIds: ReadonlySet<number> }) => [...state.selectedIds].sort((a, b) => a - b);

describe('selection within a scope', () => {
  it('a plain click makes one row current, selected and the anchor', () => {
    const state = selectOne(EMPTY_SCOPE_SELECTION, 7, 3);
    expect(state.currentId).toBe(7);
    expect(ids(state)).toEqual([7]);
    expect(state.anchor).toEqual({ id: 7, index: 3 });
    expect(selectOne(state, 7, 3)).toBe(state);
    expect(ids(selectOne(state, null))).toEqual([]);
  });

  it('⌘-click and Space toggle rows in and out', () => {
    let state = selectOne(EMPTY_SCOPE_SELECTION, 1, 0);
    state = toggleOne(state, 3, 2);
    state = toggleOne(state, 5, 4);
    expect(ids(state)).toEqual([1, 3, 5]);
    state = toggleOne(state, 3, 2);
    expect(ids(state)).toEqual([1, 5]);
    expect(state.currentId).toBe(3);
  });

  it('Shift keeps the anchor and replaces the selection with the range', () => {
    let state = selectOne(EMPTY_SCOPE_SELECTION, 10, 4);
    state = selectRange(state, [10, 11, 12], 12, 6);
    state = selectRange(state, [8, 9, 10], 8, 2);
    expect(ids(state)).toEqual([8, 9, 10]);
    expect(state.anchor).toEqual({ id: 10, index: 4 });
    expect(state.currentId).toBe(8);
  });

  it('⌘-arrows move the current row and leave the selection', () => {
    const state = moveCurrent(selectOne(EMPTY_SCOPE_SELECTION, 1, 0), 2, 1);
    expect(state.currentId).toBe(2);
    expect(ids(state)).toEqual([1]);
  });

  it('Escape goes back to the current row alone; select all keeps the current row', () => {
    const all = selectAll(selectOne(EMPTY_SCOPE_SELECTION, 2, 1), [1, 2, 3]);
    expect(ids(all)).toEqual([1, 2, 3]);
    expect(all.currentId).toBe(2);
    expect(ids(clearMulti(all))).toEqual([2]);
  });

  it('actions apply to the selection, else the current row', () => {
    expect(targetIds({ currentId: 4, selectedIds: new Set([1, 2]) })).toEqual([1, 2]);
    expect(targetIds({ currentId: 4, selectedIds: new Set() })).toEqual([4]);
    expect(targetIds({ currentId: null, selectedIds: new Set() })).toEqual([]);
  });

  it('dragging a selected row drags the selection; another row goes alone', () => {
    expect(draggedIds(2, new Set([1, 2]))).toEqual([1, 2]);
    expect(draggedIds(9, new Set([1, 2]))).toEqual([9]);
  });
});

describe('filters typed by the Filters menu', () => {
  it('appends a token once', () => {
    expect(appendFilter('', 'is:unread')).toBe('is:unread');
    expect(appendFilter('  youth  ', 'lang:ko')).toBe('youth lang:ko');
    expect(appendFilter('youth is:unread', 'is:unread')).toBe('youth is:unread');
  });

  it('quotes values with spaces', () => {
    expect(filterToken('tag', 'DPRK/youth')).toBe('tag:DPRK/youth');
    expect(filterToken('outlet', 'Korea Herald')).toBe('outlet:"Korea Herald"');
  });
});
