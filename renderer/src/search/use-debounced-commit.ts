import { useCallback, useEffect, useRef } from 'react';

/** Calls `commit` once typing pauses for `delay` ms; `flush` commits at once (Enter, Escape, a filter). */
export function useDebouncedCommit(commit: (value: string) => void, delay = 150) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(commit);
  latest.current = commit;
  useEffect(() => () => clearTimeout(timer.current), []);
  const schedule = useCallback(
    (value: string) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => latest.current(value), delay);
    },
    [delay],
  );
  const flush = useCallback((value: string) => {
    clearTimeout(timer.current);
    latest.current(value);
  }, []);
  return { schedule, flush };
}
