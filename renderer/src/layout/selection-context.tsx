import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { LibraryView } from '../../../shared/domain/clipping';
import { defaultDirection, type ListSort, type SortDirection } from '../../../shared/domain/list-query';
import { LIBRARY_SCOPE, scopeKey, scopeView, type LibraryScope } from '../library/library-scope';
import * as pick from './scope-selection';
import { EMPTY_SCOPE_SELECTION, type Anchor, type ScopeSelection } from './scope-selection';

/**
 * What the list shows (the scope the sidebar chose, the search words, the order)
 * and what is selected in it. Each scope keeps its own current row, multi-selection
 * and search words, so going to Trash and back returns to the same clipping.
 */
interface Selection {
  scope: LibraryScope;
  setScope(scope: LibraryScope): void;
  /** Library or Trash: which rows the scope draws from. */
  view: LibraryView;
  /** @deprecated Kept for callers that still think in views; use `setScope`. */
  setView(view: LibraryView): void;

  /** The current row: the one the reader shows. */
  selectedId: number | null;
  /** The multi-selection (holds the current row after a plain click). */
  selectedIds: ReadonlySet<number>;
  anchor: Anchor | null;
  /** One row becomes current and the whole selection; with `scope`, in that scope (which is shown). */
  select(id: number | null, scope?: LibraryScope, index?: number): void;
  toggle(id: number, index: number): void;
  /** Moves the current row, leaving the multi-selection as it is. */
  moveCurrent(id: number, index: number): void;
  selectRange(ids: readonly number[], currentId: number, index: number): void;
  selectAll(ids: readonly number[]): void;
  clearSelection(): void;

  searchText: string;
  setSearchText(text: string): void;

  sort: ListSort;
  direction: SortDirection;
  /**
   * A new sort takes its natural direction; the sort shown again reverses it. `shown`
   * is the order the list is in (relevance without search words shows as captured).
   */
  setSort(sort: ListSort, shown?: ListSort): void;
  /** This sort in its natural direction (a saved search brings its own). */
  resetSort(sort: ListSort): void;

  /** Bumped to ask the reader to open its title for renaming (F2). */
  renameRequest: number;
  requestRename(): void;
}

interface State {
  scope: LibraryScope;
  byScope: Record<string, ScopeSelection>;
}

const SelectionContext = createContext<Selection | null>(null);

export function SelectionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ scope: LIBRARY_SCOPE, byScope: {} });
  const [order, setOrder] = useState<{ sort: ListSort; direction: SortDirection }>({ sort: 'relevance', direction: 'desc' });
  const [renameRequest, setRenameRequest] = useState(0);

  /** Changes the selection of `target` (default: the current scope), showing that scope. */
  const update = useCallback((change: (current: ScopeSelection) => ScopeSelection, target?: LibraryScope) => {
    setState((previous) => {
      const scope = target ?? previous.scope;
      const key = scopeKey(scope);
      const before = previous.byScope[key] ?? EMPTY_SCOPE_SELECTION;
      const after = change(before);
      if (after === before && scopeKey(previous.scope) === key) return previous;
      return { scope, byScope: { ...previous.byScope, [key]: after } };
    });
  }, []);

  const setScope = useCallback((scope: LibraryScope) => {
    setState((previous) => (JSON.stringify(previous.scope) === JSON.stringify(scope) ? previous : { ...previous, scope }));
  }, []);
  const setView = useCallback((view: LibraryView) => setScope({ kind: view }), [setScope]);

  const select = useCallback(
    (id: number | null, target?: LibraryScope, index?: number) => update((s) => pick.selectOne(s, id, index), target),
    [update],
  );
  const toggle = useCallback((id: number, index: number) => update((s) => pick.toggleOne(s, id, index)), [update]);
  const moveCurrent = useCallback((id: number, index: number) => update((s) => pick.moveCurrent(s, id, index)), [update]);
  const selectRange = useCallback(
    (ids: readonly number[], currentId: number, index: number) => update((s) => pick.selectRange(s, ids, currentId, index)),
    [update],
  );
  const selectAll = useCallback((ids: readonly number[]) => update((s) => pick.selectAll(s, ids)), [update]);
  const clearSelection = useCallback(() => update(pick.clearMulti), [update]);
  const setSearchText = useCallback(
    (searchText: string) => update((s) => (s.searchText === searchText ? s : { ...s, searchText })),
    [update],
  );

  const setSort = useCallback((sort: ListSort, shown?: ListSort) => {
    setOrder((previous) =>
      (shown ?? previous.sort) === sort
        ? { sort, direction: previous.direction === 'asc' ? 'desc' : 'asc' }
        : { sort, direction: defaultDirection(sort) },
    );
  }, []);

  const resetSort = useCallback((sort: ListSort) => setOrder({ sort, direction: defaultDirection(sort) }), []);

  const requestRename = useCallback(() => setRenameRequest((n) => n + 1), []);

  const value = useMemo((): Selection => {
    const current = state.byScope[scopeKey(state.scope)] ?? EMPTY_SCOPE_SELECTION;
    return {
      scope: state.scope,
      setScope,
      view: scopeView(state.scope),
      setView,
      selectedId: current.currentId,
      selectedIds: current.selectedIds,
      anchor: current.anchor,
      select,
      toggle,
      moveCurrent,
      selectRange,
      selectAll,
      clearSelection,
      searchText: current.searchText,
      setSearchText,
      sort: order.sort,
      direction: order.direction,
      setSort,
      resetSort,
      renameRequest,
      requestRename,
    };
  }, [state, order, setScope, setView, select, toggle, moveCurrent, selectRange, selectAll, clearSelection, setSearchText, setSort, resetSort, renameRequest, requestRename]);
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error('useSelection must be used inside <SelectionProvider>.');
  return selection;
}
