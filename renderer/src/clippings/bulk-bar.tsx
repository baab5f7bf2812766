import { useQueryClient } from '@tanstack/react-query';
import { MAX_COMPARED, MIN_COMPARED } from '../../../shared/domain/comparison';
import { canCompare, useCompare } from '../compare/compare-context';
import { useSelection } from '../layout/selection-context';
import { CloseIcon } from '../ui/icons';
import { useRestoreMany, useSetFlags } from './use-bulk-actions';
import { findCachedRow } from './use-clipping-queries';
import { useTagDialog } from './tag-dialog';
import { useTrashSelection } from './use-trash-selection';

/** Shown while two or more clippings are selected: what can be done to all of them at once. */
export function BulkBar() {
  const queryClient = useQueryClient();
  const { view, selectedIds, clearSelection } = useSelection();
  const setFlags = useSetFlags();
  const trash = useTrashSelection();
  const restore = useRestoreMany();
  const openTags = useTagDialog();
  const compare = useCompare();
  if (selectedIds.size < 2) return null;

  const ids = [...selectedIds];
  // Of the rows loaded, are all starred / all read? Then the button undoes it.
  const loaded = ids.map((id) => findCachedRow(queryClient, id)).filter((row) => row !== undefined);
  const allStarred = loaded.length > 0 && loaded.every((row) => row.starred);
  const allRead = loaded.length > 0 && loaded.every((row) => row.read);

  return (
    <div className="bulk-bar" role="toolbar" aria-label="Selection">
      <span className="bulk-bar-count" aria-live="polite">
        {selectedIds.size.toLocaleString()} selected
      </span>
      {view === 'library' ? (
        <>
          <button
            type="button"
            className="button button-small"
            aria-disabled={canCompare(ids.length) ? undefined : 'true'}
            onClick={() => canCompare(ids.length) && compare.open(ids)}
            title={canCompare(ids.length) ? 'Compare side by side (C)' : `Select ${MIN_COMPARED} to ${MAX_COMPARED} clippings to compare them (C)`}
          >
            Compare
          </button>
          <button type="button" className="button button-small" onClick={() => openTags(ids)} title="Tag the selection (T)">
            Tag…
          </button>
          <button type="button" className="button button-small" onClick={() => setFlags.mutate({ ids, starred: !allStarred })} title="Star (S)">
            {allStarred ? 'Unstar' : 'Star'}
          </button>
          <button type="button" className="button button-small" onClick={() => setFlags.mutate({ ids, read: !allRead })}>
            {allRead ? 'Mark unread' : 'Mark read'}
          </button>
          <button type="button" className="button button-small" aria-label="Move to Trash" title="Move to Trash (Delete)" onClick={() => trash(ids)}>
            Trash
          </button>
        </>
      ) : (
        <button type="button" className="button button-small" onClick={() => restore.mutate(ids, { onSuccess: clearSelection })}>
          Restore
        </button>
      )}
      <span className="bulk-bar-spacer" />
      <button type="button" className="button button-quiet button-small bulk-bar-clear" aria-label="Clear" onClick={clearSelection} title="Clear the selection (Escape)">
        <CloseIcon />
      </button>
    </div>
  );
}
