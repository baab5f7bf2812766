import { useEffect, useRef } from 'react';
import { useSavedSearches } from '../library/use-library-queries';
import { useSelection } from './selection-context';

/** Opening a saved search lists it in the order it was saved with (once; the user may re-sort). */
export function useSavedSearchOrder(): void {
  const { scope, resetSort } = useSelection();
  const saved = useSavedSearches();
  const savedId = scope.kind === 'saved' ? scope.id : null;
  const applied = useRef<number | null>(null);
  useEffect(() => {
    if (savedId === null) {
      applied.current = null;
      return;
    }
    const search = saved.data?.find((item) => item.id === savedId);
    if (!search || applied.current === savedId) return;
    applied.current = savedId;
    resetSort(search.sort);
  }, [savedId, saved.data, resetSort]);
}
