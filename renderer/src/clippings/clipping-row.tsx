import { memo, type DragEvent, type MouseEvent } from 'react';
import type { ClippingListItem } from '../../../shared/domain/clipping';
import { HighlightedText } from '../search/highlighted-text';
import { StarIcon } from '../search/list-icons';
import { rowDate, sourceLabel } from './describe-clipping';
import { TagChips } from './tag-chips';

export const ROW_HEIGHT = 80;

export function optionId(id: number): string {
  return `clipping-option-${id}`;
}

interface Props {
  clipping: ClippingListItem;
  /** The row the reader shows (the list's active descendant). */
  current: boolean;
  /** In the multi-selection. */
  selected: boolean;
  index: number;
  setSize: number;
  top: number;
  onPress(id: number, index: number, event: MouseEvent): void;
  onOpen(id: number, index: number): void;
  onDragStart(id: number, event: DragEvent): void;
}

/**
 * One row: unread dot, title and star; outlet, tags and date; then the opening lines,
 * or with search words the snippet around the match, the words marked.
 */
export const ClippingRow = memo(function ClippingRow({ clipping, current, selected, index, setSize, top, onPress, onOpen, onDragStart }: Props) {
  // The article's own outlet (as captured, or as edited in Info) first, then the site's outlet.
  const source = clipping.meta.outlet ?? clipping.outletName ?? sourceLabel(clipping);
  const date = rowDate(clipping);
  const label = `${clipping.title} — ${source}, ${date.text}${clipping.read ? '' : ', unread'}${clipping.starred ? ', starred' : ''}`;
  return (
    <div
      id={optionId(clipping.id)}
      role="option"
      aria-selected={selected}
      aria-label={label}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className="clip-row"
      data-current={current ? '' : undefined}
      data-unread={clipping.read ? undefined : ''}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      draggable
      onDragStart={(event) => onDragStart(clipping.id, event)}
      onClick={(event) => onPress(clipping.id, index, event)}
      onDoubleClick={() => onOpen(clipping.id, index)}
    >
      <div className="clip-row-head">
        <span className="clip-row-unread" aria-hidden="true" />
        <span className="clip-row-title">{clipping.title}</span>
        {clipping.starred && <StarIcon className="clip-row-star" filled />}
      </div>
      <div className="clip-row-meta">
        <span className="clip-row-source">{source}</span>
        <TagChips tags={clipping.tags} />
        <time className="clip-row-date" dateTime={date.iso} title={date.published ? 'Published' : 'Captured'}>
          {date.text}
        </time>
      </div>
      <div className="clip-row-excerpt">
        {clipping.snippet ? <HighlightedText text={clipping.snippet} highlights={clipping.highlights} /> : clipping.excerpt}
      </div>
    </div>
  );
});

export function PendingRow({ top }: { top: number }) {
  return (
    <div className="clip-row clip-row-pending" aria-hidden="true" style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}>
      <div className="skeleton skeleton-title" />
      <div className="skeleton skeleton-meta" />
      <div className="skeleton skeleton-line" />
    </div>
  );
}
