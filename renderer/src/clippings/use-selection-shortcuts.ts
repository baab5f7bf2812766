import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { canCompare, useCompare } from '../compare/compare-context';
import { targetIds } from '../layout/scope-selection';
import { useSelection } from '../layout/selection-context';
import { inDialog } from '../layout/use-shortcuts';
import { isEditableTarget } from '../ui/platform';
import { useSetFlags } from './use-bulk-actions';
import { findCachedRow } from './use-clipping-queries';
import { useTagDialog } from './tag-dialog';

/**
 * T tags and S stars the selection (or the current row) from anywhere but a field
 * or a dialog; S stars unless all of them already are, then unstars. C compares a
 * selection of 2–4 clippings. None of them while the Compare view covers the list.
 */
export function useSelectionShortcuts(): void {
  const queryClient = useQueryClient();
  const { view, selectedId, selectedIds } = useSelection();
  const openTags = useTagDialog();
  const setFlags = useSetFlags();
  const compare = useCompare();
  const comparing = compare.ids !== null;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (comparing || view !== 'library' || isEditableTarget(event.target) || inDialog(event.target)) return;
      const key = event.key.toLowerCase();
      if (key !== 't' && key !== 's' && key !== 'c') return;
      const ids = targetIds({ currentId: selectedId, selectedIds });
      if (ids.length === 0 || (key === 'c' && !canCompare(ids.length))) return;
      event.preventDefault();
      if (key === 'c') compare.open(ids);
      else if (key === 't') openTags(ids);
      else setFlags.mutate({ ids, starred: !ids.every((id) => findCachedRow(queryClient, id)?.starred) });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [comparing, compare, view, selectedId, selectedIds, openTags, setFlags, queryClient]);
}
