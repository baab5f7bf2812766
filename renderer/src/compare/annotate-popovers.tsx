import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { HIGHLIGHT_COLOR_NAMES, highlightColors, type HighlightColor } from '../../../shared/domain/annotation';

export type CompareAction = { kind: 'highlight'; color: HighlightColor } | { kind: 'comment' } | { kind: 'quote' };

type Rect = { top: number; bottom: number; left: number; right: number };

const TOOLBAR_WIDTH = 248;
const TOOLBAR_HEIGHT = 36;

function place(rect: Rect, width: number, height: number) {
  const above = rect.top - height - 8;
  const top = above > 8 ? above : Math.min(rect.bottom + 8, window.innerHeight - height - 8);
  const left = Math.min(Math.max(8, (rect.left + rect.right) / 2 - width / 2), window.innerWidth - width - 8);
  return { top, left };
}

/**
 * The reader's selection toolbar, compact: a highlight in one of five colours (keys
 * 1–5), with a comment (C) or as a quote (Q). The annotation lands on the clipping.
 */
export function AnnotateToolbar({ rect, sourceName, onAction }: { rect: Rect; sourceName: string; onAction(action: CompareAction): void }) {
  // Buttons keep the selection: a mousedown on them would otherwise clear it.
  const keep = (event: { preventDefault(): void }) => event.preventDefault();
  return createPortal(
    <div className="selection-toolbar" role="toolbar" aria-label={`Annotate the selection in ${sourceName}`} style={place(rect, TOOLBAR_WIDTH, TOOLBAR_HEIGHT)} onMouseDown={keep}>
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
    </div>,
    document.body,
  );
}

/** A comment for the highlight about to be made: Save (⌘/Ctrl+Enter) or Cancel (Escape). */
export function CommentBox({ rect, exact, onSave, onCancel }: { rect: Rect; exact: string; onSave(comment: string): void; onCancel(): void }) {
  const [comment, setComment] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  return createPortal(
    <div
      className="cmp-comment-box"
      role="dialog"
      aria-label="Comment on the highlight"
      style={place(rect, 320, 150)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        } else if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
          event.preventDefault();
          onSave(comment);
        }
      }}
    >
      <p className="cmp-comment-quote">“{exact.length > 90 ? `${exact.slice(0, 88)}…` : exact}”</p>
      <textarea ref={field} className="input cmp-comment-field" aria-label="Comment" value={comment} onChange={(event) => setComment(event.target.value)} rows={3} />
      <div className="cmp-comment-actions">
        <button type="button" className="button button-small button-quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-small button-primary" onClick={() => onSave(comment)}>
          Save
        </button>
      </div>
    </div>,
    document.body,
  );
}
