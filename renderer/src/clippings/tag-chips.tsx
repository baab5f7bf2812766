import type { TagRef } from '../../../shared/domain/tag';

const SHOWN = 3;

/** A row's tags as small chips in the tag's colour; the last segment of the path, the whole path on hover. */
export function TagChips({ tags }: { tags: TagRef[] }) {
  if (tags.length === 0) return null;
  const hidden = tags.length - SHOWN;
  return (
    <span className="tag-chips">
      {tags.slice(0, SHOWN).map((tag) => (
        <span key={tag.id} className="tag-chip" data-color={tag.color ?? undefined} title={tag.path}>
          {tag.path.split('/').at(-1)}
        </span>
      ))}
      {hidden > 0 && (
        <span className="tag-chip tag-chip-more" title={tags.slice(SHOWN).map((tag) => tag.path).join(', ')}>
          +{hidden}
        </span>
      )}
    </span>
  );
}
