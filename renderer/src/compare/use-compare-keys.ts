import { useEffect, useState } from 'react';
import { scopeKey } from '../library/library-scope';
import { useSelection } from '../layout/selection-context';
import { inDialog } from '../layout/use-shortcuts';
import { isEditableTarget } from '../ui/platform';

/**
 * The view's keys and ways out: Escape closes it (after a text selection, which it
 * clears first), S switches synchronised scrolling; choosing a place in the sidebar
 * (another scope, or the one already shown) leaves it for that place.
 */
export function useCompareKeys({ onClose, onToggleSynced }: { onClose(): void; onToggleSynced(): void }): void {
  const { scope } = useSelection();
  const key = scopeKey(scope);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || inDialog(event.target) || isEditableTarget(event.target)) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        const selection = window.getSelection();
        if (selection && !selection.isCollapsed) selection.removeAllRanges();
        else onClose();
      } else if (event.key.toLowerCase() === 's' && !event.shiftKey) {
        event.preventDefault();
        onToggleSynced();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose, onToggleSynced]);

  const [initialKey] = useState(key);
  useEffect(() => {
    if (key !== initialKey) onClose();
  }, [key, initialKey, onClose]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element;
      if (target.closest?.('.sidebar .sidebar-nav button, .sidebar [role="treeitem"]') && !target.closest('.tree-more')) onClose();
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [onClose]);
}
