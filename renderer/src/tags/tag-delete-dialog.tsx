import type { Tag } from '../../../shared/domain/tag';
import { SmallDialog } from '../ui/small-dialog';
import { clippingsCount } from '../sidebar/use-organise-mutation';
import { useDeleteTag } from './use-tag-mutations';

interface Props {
  target: { tag: Tag; subTags: number } | null;
  onClose(): void;
  onDeleted(tag: Tag): void;
  returnFocus(): HTMLElement | null;
}

/** Deleting a tag says what goes with it: the tags below, and how many clippings lose it. */
export function TagDeleteDialog({ target, onClose, onDeleted, returnFocus }: Props) {
  const mutation = useDeleteTag();
  const tag = target?.tag;
  const subTags = target?.subTags ?? 0;
  return (
    <SmallDialog
      open={target !== null}
      onOpenChange={(open) => !open && onClose()}
      title={tag ? `Delete the tag “${tag.path}”?` : 'Delete tag'}
      description={
        tag && (
          <>
            {tag.count === 0 ? 'No clipping has it' : `${clippingsCount(tag.count)} will lose it`}
            {subTags > 0 && <>, and {subTags === 1 ? 'its sub-tag is' : `its ${subTags.toLocaleString()} sub-tags are`} deleted too</>}. The clippings stay in the
            library.
          </>
        )
      }
      confirmLabel="Delete"
      danger
      pending={mutation.isPending}
      onConfirm={() =>
        tag &&
        mutation.mutate(
          { id: tag.id, path: tag.path },
          {
            onSuccess: () => {
              onDeleted(tag);
              onClose();
            },
          },
        )
      }
      returnFocus={returnFocus}
    />
  );
}
