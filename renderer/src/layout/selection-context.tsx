import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { LibraryView } from '../../../shared/domain/clipping';

/**
 * Which view is shown and which clipping is selected in it. Each view keeps its
 * own selection, so going to Trash and back returns to the same clipping.
 */
interface Selection {
  view: LibraryView;
  selectedId: number | null;
  setView(view: LibraryView): void;
  select(id: number | null, view?: LibraryView): void;
  /** Bumped to ask the reader to open its title for renaming (F2). */
  renameRequest: number;
  requestRename(): void;
}

interface ViewState {
  view: LibraryView;
  selected: Record<LibraryView, number | null>;
}

const SelectionContext = createContext<Selection | null>(null);

export function SelectionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<ViewState>({ view: 'library', selected: { library: null, trash: null } });
  const [renameRequest, setRenameRequest] = useState(0);

  const setView = useCallback((view: LibraryView) => {
    setState((previous) => (previous.view === view ? previous : { ...previous, view }));
  }, []);

  const select = useCallback((id: number | null, target?: LibraryView) => {
    setState((previous) => {
      const view = target ?? previous.view;
      if (previous.view === view && previous.selected[view] === id) return previous;
      return { view, selected: { ...previous.selected, [view]: id } };
    });
  }, []);

  const requestRename = useCallback(() => setRenameRequest((n) => n + 1), []);

  const value = useMemo(
    () => ({ view: state.view, selectedId: state.selected[state.view], setView, select, renameRequest, requestRename }),
    [state, setView, select, renameRequest, requestRename],
  );
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error('useSelection must be used inside <SelectionProvider>.');
  return selection;
}
