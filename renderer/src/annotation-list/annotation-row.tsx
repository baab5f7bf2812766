import { memo, type MouseEvent } from 'react';
import type { AnnotationListItem } from '../../../shared/domain/annotation';
import { quoteRequestFor } from '../annotations/note-citing';
import { TagChips } from '../clippings/tag-chips';
import { setQuoteDragData } from '../notes/quote-request';
import { AnnotationRowMenu, type AnnotationRowAction } from './annotation-row-menu';
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
  menuOpen: boolean;
  onMenuOpenChange(item: AnnotationListItem, index: number, open: boolean): void;
  onAction(item: AnnotationListItem, index: number, action: AnnotationRowAction): void;
  onMenuClosed(): void;
}

/**
 * One annotation: the quoted words behind a bar in their highlight colour (or "Page
 * note"), the comment, kind, speaker and tags, then the clipping it is in. Dragged onto
 * a note, it is quoted there; its menu adds it to the note, shows it or deletes it.
 */
export const AnnotationRow = memo(function AnnotationRow(props: Props) {
  const { item, current, index, setSize, top, measure, onPress, onOpen, menuOpen, onMenuOpenChange, onAction, onMenuClosed } = props;
  const quote = quoteOf(item);
  const request = quoteRequestFor(item);
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
      data-menu={menuOpen ? '' : undefined}
      style={{ transform: `translateY(${top}px)` }}
      onClick={(event) => onPress(item, index, event)}
      onDoubleClick={() => onOpen(item, index)}
      onContextMenu={(event) => {
        event.preventDefault();
        onPress(item, index, event);
        // Where the menu opens on the press (Linux, macOS), the release would choose the item under the pointer.
        const open = () => onMenuOpenChange(item, index, true);
        if (event.buttons === 0) open();
        else window.addEventListener('pointerup', () => requestAnimationFrame(open), { once: true });
      }}
      draggable={request !== null}
      onDragStart={(event) => request && setQuoteDragData(event.dataTransfer, request)}
    >
      <AnnotationRowMenu
        open={menuOpen}
        onOpenChange={(open) => onMenuOpenChange(item, index, open)}
        canQuote={request !== null}
        onAction={(action) => onAction(item, index, action)}
        onCloseFocus={onMenuClosed}
      />
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
