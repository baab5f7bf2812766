import { createPortal } from 'react-dom';
import { HIGHLIGHT_COLOR_NAMES, highlightColors, type HighlightColor } from '../../../shared/domain/annotation';
import type { TextSelection } from './use-text-selection';

export type SelectionAction = { kind: 'highlight'; color: HighlightColor } | { kind: 'comment' } | { kind: 'quote' } | { kind: 'tag' } | { kind: 'note' };

const TOOLBAR_WIDTH = 416;
const TOOLBAR_HEIGHT = 36;

/**
 * The small toolbar over a selection: a highlight in one of five colours (keys 1–5),
 * or a highlight with a comment, as a quote (speaker filled in when Dossier found
 * one), or with tags — these three open it in the annotations panel — or quoted in a
 * note (key N): highlighted, and the highlight quoted, so the citation stays live.
 */
export function SelectionToolbar({ selection, onAction }: { selection: TextSelection; onAction(action: SelectionAction): void }) {
  const { rect } = selection;
  const above = rect.top - TOOLBAR_HEIGHT - 8;
  const top = above > 8 ? above : rect.bottom + 8;
  const left = Math.min(Math.max(8, (rect.left + rect.right) / 2 - TOOLBAR_WIDTH / 2), window.innerWidth - TOOLBAR_WIDTH - 8);
  // Buttons keep the selection: a mousedown on them would otherwise clear it.
  const keep = (event: { preventDefault(): void }) => event.preventDefault();
  return createPortal(
    <div className="selection-toolbar" role="toolbar" aria-label="Annotate the selection" style={{ top, left }} onMouseDown={keep}>
      {highlightColors.map((color) => (
        <button
          key={color}
          type="button"
          className="selection-swatch"
          data-color={color}
          aria-label={`Highlight ${HIGHLIGHT_COLOR_NAMES[color].toLowerCase()} (${color})`}
          title={`${HIGHLIGHT_COLOR_NAMES[color]}  ${color}`}
          onClick={() => onAction({ kind: 'highlight', color })}
        />
      ))}
      <span className="selection-toolbar-divider" aria-hidden="true" />
      <button type="button" className="selection-action" title="Highlight with a comment  C" onClick={() => onAction({ kind: 'comment' })}>
        Comment
      </button>
      <button type="button" className="selection-action" title="Mark as a quote, with its speaker  Q" onClick={() => onAction({ kind: 'quote' })}>
        Quote
      </button>
      <button type="button" className="selection-action" title="Highlight with tags  T" onClick={() => onAction({ kind: 'tag' })}>
        Tag
      </button>
      <span className="selection-toolbar-divider" aria-hidden="true" />
      <button type="button" className="selection-action" title="Highlight and quote in the note  N" onClick={() => onAction({ kind: 'note' })}>
        Quote in note
      </button>
    </div>,
    document.body,
  );
}
