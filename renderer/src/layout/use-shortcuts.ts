import { useEffect } from 'react';
import { focusSearch } from '../search/search-box';
import { hasCommandKey, isEditableTarget } from '../ui/platform';
import { useSelection } from './selection-context';

/** App-wide keys: ⌘/Ctrl+N adds, ⌘/Ctrl+1 and 2 switch views, ⌘/Ctrl+F and / search, F2 renames. */
export function useShortcuts({ onAdd }: { onAdd(): void }): void {
  const { setScope, selectedId, requestRename } = useSelection();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const command = hasCommandKey(event) && !event.shiftKey;
      const key = event.key.toLowerCase();
      if (command && key === 'n') {
        event.preventDefault();
        onAdd();
      } else if (command && event.key === '1') {
        event.preventDefault();
        setScope({ kind: 'library' });
      } else if (command && event.key === '2') {
        event.preventDefault();
        setScope({ kind: 'trash' });
      } else if ((command && key === 'f') || (event.key === '/' && !event.ctrlKey && !event.metaKey && !isEditableTarget(event.target))) {
        if (inDialog(event.target)) return;
        event.preventDefault();
        focusSearch();
      } else if (event.key === 'F2' && selectedId !== null && !isEditableTarget(event.target)) {
        event.preventDefault();
        requestRename();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onAdd, setScope, selectedId, requestRename]);
}

/** Keys typed in a dialog are the dialog's. */
export function inDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="dialog"], [role="alertdialog"], [role="menu"]') !== null;
}
