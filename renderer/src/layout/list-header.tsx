import { useState } from 'react';
import { useEmptyTrash } from '../clippings/use-bulk-actions';
import { scopeTitle, type LibraryScope } from '../library/library-scope';
import { SmallDialog } from '../ui/small-dialog';

const clippings = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'clipping' : 'clippings'}`;

/** The list's heading: which scope, how many clippings it holds; in Trash, Empty Trash. */
export function ListHeader({ scope, total, trashCount }: { scope: LibraryScope; total: number | undefined; trashCount?: number }) {
  return (
    <header className="list-header">
      <h2 className="list-header-title">{scopeTitle(scope)}</h2>
      {total !== undefined && <span className="list-header-count">{clippings(total)}</span>}
      {scope.kind === 'trash' && trashCount !== undefined && trashCount > 0 && <EmptyTrashButton count={trashCount} />}
    </header>
  );
}

function EmptyTrashButton({ count }: { count: number }) {
  const [open, setOpen] = useState(false);
  const empty = useEmptyTrash();
  return (
    <>
      <button type="button" className="button button-quiet list-header-action" onClick={() => setOpen(true)}>
        Empty Trash…
      </button>
      <SmallDialog
        open={open}
        onOpenChange={setOpen}
        title="Empty Trash?"
        description={`${clippings(count)} in the Trash will be deleted for good, with their originals and images. This cannot be undone.`}
        confirmLabel={`Delete ${clippings(count)}`}
        danger
        pending={empty.isPending}
        onConfirm={() => empty.mutate(undefined, { onSuccess: () => setOpen(false) })}
      />
    </>
  );
}
