import { memo } from 'react';
import type { ClippingSummary } from '../../../shared/domain/clipping';
import { listDate, sourceLabel } from './describe-clipping';

export const ROW_HEIGHT = 86;

export function optionId(id: number): string {
  return `clipping-option-${id}`;
}

interface Props {
  clipping: ClippingSummary;
  selected: boolean;
  index: number;
  setSize: number;
  top: number;
  onSelect(id: number): void;
  onOpen(id: number): void;
}

/** One row of the list: title, where it came from, when, and the opening lines. */
export const ClippingRow = memo(function ClippingRow({ clipping, selected, index, setSize, top, onSelect, onOpen }: Props) {
  const source = sourceLabel(clipping);
  const date = listDate(clipping.createdAt);
  return (
    <div
      id={optionId(clipping.id)}
      role="option"
      aria-selected={selected}
      aria-label={`${clipping.title} — ${source}, ${date}`}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className="clip-row"
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={() => onSelect(clipping.id)}
      onDoubleClick={() => onOpen(clipping.id)}
    >
      <div className="clip-row-title">{clipping.title}</div>
      <div className="clip-row-meta">
        <span className="clip-row-source">{source}</span>
        <time className="clip-row-date" dateTime={clipping.createdAt}>
          {date}
        </time>
      </div>
      <div className="clip-row-excerpt">{clipping.excerpt}</div>
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
