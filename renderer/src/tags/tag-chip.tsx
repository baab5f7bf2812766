import { TagDot } from './tag-dot';

interface Props {
  path: string;
  color: string | null;
  /** "2 of 5" when only some of a selection carry it. */
  partial?: string;
  added?: boolean;
  onRemove?(): void;
}

/** A tag as a small pill: its colour, its path, and × to take it off. */
export function TagChip({ path, color, partial, added, onRemove }: Props) {
  return (
    <span className="tag-pill" data-added={added ? '' : undefined} title={partial ? `${path} — on ${partial} clippings` : path}>
      <TagDot color={color} />
      <span className="tag-pill-path">{path}</span>
      {partial && <span className="tag-pill-partial">{partial}</span>}
      {onRemove && (
        <button type="button" className="tag-pill-remove" aria-label={`Remove ${path}`} onClick={onRemove}>
          ×
        </button>
      )}
    </span>
  );
}
