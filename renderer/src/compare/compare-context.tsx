import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { MAX_COMPARED, MIN_COMPARED } from '../../../shared/domain/comparison';

/**
 * Which clippings the Compare view shows, if it is open. Every entry point (the bulk
 * bar, related coverage, the versions menu) opens it through `open(ids)`; AppShell
 * shows the view in place of the list and reader while `ids` is set.
 */
interface CompareState {
  ids: readonly number[] | null;
  open(ids: readonly number[]): void;
  close(): void;
}

const CompareContext = createContext<CompareState | null>(null);

export function CompareProvider({ children }: { children: ReactNode }) {
  const [ids, setIds] = useState<readonly number[] | null>(null);
  const open = useCallback((next: readonly number[]) => {
    const distinct = [...new Set(next)];
    if (distinct.length >= MIN_COMPARED && distinct.length <= MAX_COMPARED) setIds(distinct);
  }, []);
  const close = useCallback(() => setIds(null), []);
  const value = useMemo(() => ({ ids, open, close }), [ids, open, close]);
  return <CompareContext.Provider value={value}>{children}</CompareContext.Provider>;
}

export function useCompare(): CompareState {
  const state = useContext(CompareContext);
  if (!state) throw new Error('useCompare must be used inside <CompareProvider>.');
  return state;
}

/** Whether a selection of this size can be compared. */
export function canCompare(count: number): boolean {
  return count >= MIN_COMPARED && count <= MAX_COMPARED;
}
