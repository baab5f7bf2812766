import { useCallback, useState } from 'react';

/**
 * Which capture the reader shows. The list holds each article once, as its newest
 * capture, so an earlier version is the reader's own choice rather than the list's
 * selection (which the list would move back to a row it holds). Choosing another
 * clipping in the list returns to what the list selected.
 */
export function useShownVersion(selectedId: number | null) {
  const [pick, setPick] = useState<{ selectedId: number; id: number } | null>(null);
  const shownId = pick !== null && pick.selectedId === selectedId ? pick.id : selectedId;
  const showVersion = useCallback(
    (id: number) => setPick(selectedId === null || id === selectedId ? null : { selectedId, id }),
    [selectedId],
  );
  return { shownId, showVersion };
}
