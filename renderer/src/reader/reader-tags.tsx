import type { ClippingSummary } from '../../../shared/domain/clipping';
import { useTagDialog } from '../clippings/tag-dialog';
import { TagChip } from '../tags/tag-chip';
import { Hint } from '../ui/hint';

/** The clipping's tags under the byline, and the way to change them (the list's tag dialog). */
export function ReaderTags({ clipping }: { clipping: Pick<ClippingSummary, 'id' | 'tags'> }) {
  const openTagDialog = useTagDialog();
  const labelId = `reader-tags-${clipping.id}`;
  return (
    <div className="reader-tags">
      <span className="reader-tags-label" id={labelId}>
        Tags
      </span>
      {clipping.tags.length > 0 && (
        <ul className="reader-tags-list" aria-labelledby={labelId}>
          {clipping.tags.map((tag) => (
            <li key={tag.id}>
              <TagChip path={tag.path} color={tag.color} />
            </li>
          ))}
        </ul>
      )}
      <Hint label="Add or remove tags">
        <button type="button" className="button button-quiet reader-tags-edit" onClick={() => openTagDialog([clipping.id])}>
          {clipping.tags.length > 0 ? 'Edit…' : 'Tag…'}
        </button>
      </Hint>
    </div>
  );
}
