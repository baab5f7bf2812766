import { useSelection } from '../layout/selection-context';
import type { LibraryScope } from '../library/library-scope';

/** The sidebar's one link to the selection: which scope the list shows, and how to change it. */
export function useScope(): { scope: LibraryScope; setScope(scope: LibraryScope): void } {
  const { scope, setScope } = useSelection();
  return { scope, setScope };
}
