import { useEffect } from 'react';
import { hasCommandKey, isEditableTarget } from '../ui/platform';
import { useSelection } from './selection-context';

/** App-wide keys: ⌘/Ctrl+N adds, ⌘/Ctrl+1 and 2 switch views, F2 renames. */
export function useShortcuts({ onAdd }: { onAdd(): void }): void {
  const { setView, selectedId, requestRename } = useSelection();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const command = hasCommandKey(event) && !event.shiftKey;
      if (command && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        onAdd();
      } else if (command && event.key === '1') {
        event.preventDefault();
        setView('library');
      } else if (command && event.key === '2') {
        event.preventDefault();
        setView('trash');
      } else if (event.key === 'F2' && selectedId !== null && !isEditableTarget(event.target)) {
        event.preventDefault();
        requestRename();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onAdd, setView, selectedId, requestRename]);
}
