import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { targetIds } from '../layout/scope-selection';
import { useSelection } from '../layout/selection-context';
import { inDialog } from '../layout/use-shortcuts';
import { isEditableTarget } from '../ui/platform';
import { useSetFlags } from './use-bulk-actions';
import { findCachedRow } from './use-clipping-queries';
import { useTagDialog } from './tag-dialog';

/**
 * T tags and S stars the selection (or the current row) from anywhere but a field
 * or a dialog; S stars unless all of them already are, then unstars.
 */
export function useSelectionShortcuts(): void {
  const queryClient = useQueryClient();
  const { view, selectedId, selectedIds } = useSelection();
  const openTags = useTagDialog();
  const setFlags = useSetFlags();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (view !== 'library' || isEditableTarget(event.target) || inDialog(event.target)) return;
      const key = event.key.toLowerCase();
      if (key !== 't' && key !== 's') return;
      const ids = targetIds({ currentId: selectedId, selectedIds });
      if (ids.length === 0) return;
      event.preventDefault();
      if (key === 't') openTags(ids);
      else setFlags.mutate({ ids, starred: !ids.every((id) => findCachedRow(queryClient, id)?.starred) });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [view, selectedId, selectedIds, openTags, setFlags, queryClient]);
}
