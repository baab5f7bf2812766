import { memo, type MouseEvent } from 'react';
import type { AnnotationListItem } from '../../../shared/domain/annotation';
import { TagChips } from '../clippings/tag-chips';
import { annotationLabel, clippingDate, kindLabel, quoteOf } from './describe-annotation';

/** A first guess at a row's height; each row is measured once drawn. */
export const ESTIMATED_ROW_HEIGHT = 112;

export function annotationOptionId(id: number): string {
  return `annotation-option-${id}`;
}

interface Props {
  item: AnnotationListItem;
  current: boolean;
  index: number;
  setSize: number;
  top: number;
  measure(element: HTMLElement | null): void;
  onPress(item: AnnotationListItem, index: number, event: MouseEvent): void;
  onOpen(item: AnnotationListItem, index: number): void;
}

/**
 * One annotation: the quoted words behind a bar in their highlight colour (or "Page
 * note"), the comment, kind, speaker and tags, then the clipping it is in.
 */
export const AnnotationRow = memo(function AnnotationRow({ item, current, index, setSize, top, measure, onPress, onOpen }: Props) {
  const quote = quoteOf(item);
  const kind = kindLabel(item.kind);
  const date = clippingDate(item.clipping);
  const hasAbout = kind !== null || item.speaker !== null || item.tags.length > 0 || item.orphaned;
  return (
    <div
      ref={measure}
      id={annotationOptionId(item.id)}
      role="option"
      aria-selected={current}
      aria-label={annotationLabel(item)}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      data-index={index}
      className="ann-row"
      data-color={item.color}
      style={{ transform: `translateY(${top}px)` }}
      onClick={(event) => onPress(item, index, event)}
      onDoubleClick={() => onOpen(item, index)}
    >
      <div className="ann-row-quote" data-page-note={quote === null ? '' : undefined}>
        {quote ?? 'Page note'}
      </div>
      {item.comment.trim() !== '' && <div className="ann-row-comment">{item.comment}</div>}
      {hasAbout && (
        <div className="ann-row-about">
          {item.orphaned && (
            <span className="badge ann-row-orphan" title="The quoted words were not found when the clipping’s text changed">
              Orphan
            </span>
          )}
          {kind && <span className="ann-row-kind">{kind}</span>}
          {item.speaker && <span className="ann-row-speaker">{item.speaker}</span>}
          <TagChips tags={item.tags} />
        </div>
      )}
      <div className="ann-row-source">
        <span className="ann-row-title">{item.clipping.title}</span>
        {item.clipping.outletName && <span className="ann-row-outlet">{item.clipping.outletName}</span>}
        <time className="ann-row-date" dateTime={date.iso} title={date.published ? 'Published' : 'Captured'}>
          {date.text}
        </time>
      </div>
    </div>
  );
});

export function PendingAnnotationRow({ index, top, measure }: { index: number; top: number; measure(element: HTMLElement | null): void }) {
  return (
    <div ref={measure} data-index={index} className="ann-row ann-row-pending" aria-hidden="true" style={{ transform: `translateY(${top}px)`, height: ESTIMATED_ROW_HEIGHT }}>
      <div className="skeleton skeleton-line" />
      <div className="skeleton skeleton-line" />
      <div className="skeleton skeleton-meta" />
    </div>
  );
}
