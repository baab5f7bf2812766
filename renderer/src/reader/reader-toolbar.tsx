import type { ClippingSummary } from '../../../shared/domain/clipping';
import { useRestoreClipping, useTrashClipping } from '../clippings/use-clipping-actions';
import { fullDate } from '../clippings/describe-clipping';
import { useSelection } from '../layout/selection-context';
import { Hint } from '../ui/hint';
import { PencilIcon, RestoreIcon, TrashIcon } from '../ui/icons';
import { isMac } from '../ui/platform';

/** Actions on the open clipping; a trashed clipping offers Restore instead of Move to Trash. */
export function ReaderToolbar({ clipping }: { clipping: ClippingSummary }) {
  const { requestRename } = useSelection();
  const trash = useTrashClipping();
  const restore = useRestoreClipping();
  const trashed = clipping.trashedAt !== null;

  return (
    <div className="reader-toolbar" role="toolbar" aria-label="Clipping actions">
      <div className="reader-toolbar-status">{trashed && <>In Trash since {fullDate(clipping.trashedAt!)}</>}</div>
      <Hint label="Rename — or double-click the title" keys="F2">
        <button type="button" className="button button-quiet" onClick={requestRename}>
          <PencilIcon />
          Rename
        </button>
      </Hint>
      {trashed ? (
        <Hint label="Put back in the Library">
          <button
            type="button"
            className="button button-quiet"
            disabled={restore.isPending}
            onClick={() => restore.mutate({ clipping })}
          >
            <RestoreIcon />
            Restore
          </button>
        </Hint>
      ) : (
        <Hint label="Move to Trash" keys={isMac ? '⌘⌫' : 'Delete'}>
          <button type="button" className="button button-quiet" disabled={trash.isPending} onClick={() => trash.mutate(clipping)}>
            <TrashIcon />
            Move to Trash
          </button>
        </Hint>
      )}
    </div>
  );
}
