import { useMemo, useState } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { SmallDialog } from '../ui/small-dialog';
import { clippingsCount } from '../sidebar/use-organise-mutation';
import { TagCombobox } from './tag-combobox';
import { TagDot } from './tag-dot';
import { useMergeTags } from './use-tag-mutations';

interface Props {
  /** The tag to merge away, and the target if already known (a rename onto it). */
  merge: { source: Tag; target: Tag | null } | null;
  tags: readonly Tag[];
  /** How many tags lie below the source. */
  subTags: number;
  onClose(): void;
  onMerged(source: Tag, target: Tag): void;
  returnFocus(): HTMLElement | null;
}

/** Merge one tag into another, with both counts shown before anything changes. */
export function TagMergeDialog({ merge, tags, subTags, onClose, onMerged, returnFocus }: Props) {
  const mutation = useMergeTags();
  const [typed, setTyped] = useState('');
  const [target, setTarget] = useState<Tag | null>(null);
  // A new question starts from its target, set before the field first renders.
  const [shownFor, setShownFor] = useState<Props['merge']>(null);
  if (merge !== shownFor) {
    setShownFor(merge);
    setTarget(merge?.target ?? null);
    setTyped(merge?.target?.path ?? '');
  }

  const source = merge?.source;
  // Not itself, nor a tag below it.
  const exclude = useMemo(() => {
    const below = source ? tags.filter((tag) => tag.path.toLowerCase().startsWith(`${source.path.toLowerCase()}/`)) : [];
    return new Set([source?.path.toLowerCase() ?? '', ...below.map((tag) => tag.path.toLowerCase())]);
  }, [source, tags]);

  const submit = () => {
    if (!source || !target) return;
    mutation.mutate(
      { sourceId: source.id, targetId: target.id, sourcePath: source.path },
      {
        onSuccess: (merged) => {
          onMerged(source, merged);
          onClose();
        },
      },
    );
  };

  return (
    <SmallDialog
      open={merge !== null}
      onOpenChange={(open) => !open && onClose()}
      title={source ? `Merge “${source.path}”` : 'Merge tags'}
      description="Its clippings get the other tag, and the tag itself is deleted."
      confirmLabel="Merge"
      canConfirm={target !== null}
      pending={mutation.isPending}
      onConfirm={submit}
      returnFocus={returnFocus}
    >
      <TagCombobox
        label="Merge into"
        placeholder="Tag to merge into"
        tags={tags}
        value={typed}
        exclude={exclude}
        autoFocus
        onValueChange={(value) => {
          setTyped(value);
          setTarget(tags.find((tag) => tag.path.toLowerCase() === value.trim().toLowerCase() && !exclude.has(value.trim().toLowerCase())) ?? null);
        }}
        onPick={(suggestion) => {
          if (suggestion.kind !== 'existing') return;
          setTarget(suggestion.tag);
          setTyped(suggestion.tag.path);
        }}
      />
      {source && (
        <dl className="merge-summary" aria-label="What will be merged">
          <dt>From</dt>
          <dd>
            <TagDot color={source.color} /> <strong>{source.path}</strong> <span className="merge-count">{clippingsCount(source.count)}</span>
            {subTags > 0 && <span className="merge-count"> · {subTags === 1 ? '1 sub-tag moves' : `${subTags} sub-tags move`} with it</span>}
          </dd>
          <dt>Into</dt>
          <dd>
            {target ? (
              <>
                <TagDot color={target.color} /> <strong>{target.path}</strong> <span className="merge-count">{clippingsCount(target.count)}</span>
              </>
            ) : (
              <span className="merge-count">Choose a tag</span>
            )}
          </dd>
        </dl>
      )}
    </SmallDialog>
  );
}
