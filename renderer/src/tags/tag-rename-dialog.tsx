import { useEffect, useState } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { NameDialog } from '../sidebar/name-dialog';
import { isConflict, useRenameTag } from './use-tag-mutations';

interface Props {
  tag: Tag | null;
  tags: readonly Tag[];
  onClose(): void;
  onRenamed(from: Tag, to: Tag): void;
  /** The path is taken: merge into that tag instead. */
  onMergeInstead(source: Tag, target: Tag): void;
  returnFocus(): HTMLElement | null;
}

/**
 * Rename or move a tag by editing its path. When the path is already a tag, the
 * core refuses with `conflict`; the dialog then offers to merge the two.
 */
export function TagRenameDialog({ tag, tags, onClose, onRenamed, onMergeInstead, returnFocus }: Props) {
  const rename = useRenameTag();
  const [taken, setTaken] = useState<Tag | null>(null);
  useEffect(() => setTaken(null), [tag]);

  const submit = (path: string) => {
    if (!tag) return;
    rename.mutate(
      { id: tag.id, path },
      {
        onSuccess: (renamed) => {
          onRenamed(tag, renamed);
          onClose();
        },
        onError: (error) => {
          if (isConflict(error)) setTaken(tags.find((other) => other.path.toLowerCase() === path.toLowerCase()) ?? null);
        },
      },
    );
  };

  return (
    <NameDialog
      open={tag !== null}
      onOpenChange={(open) => !open && onClose()}
      title="Rename tag"
      description="Use / to place it under another tag, as in DPRK/youth. Tags below it move with it."
      label="Path"
      initial={tag?.path ?? ''}
      confirmLabel="Rename"
      pending={rename.isPending}
      onSubmit={submit}
      onChange={() => setTaken(null)}
      returnFocus={returnFocus}
      note={
        taken &&
        tag && (
          <div className="small-dialog-note" role="alert">
            There is already a tag “{taken.path}”. Merge the two to combine their clippings.
          </div>
        )
      }
      extra={
        taken &&
        tag && (
          <button type="button" className="button" onClick={() => onMergeInstead(tag, taken)}>
            Merge into “{taken.path}”…
          </button>
        )
      }
    />
  );
}
