import type { Annotation } from '../../../shared/domain/annotation';
import type { NoteBacklink } from '../../../shared/domain/note';
import { setQuoteDragData, type QuoteRequest } from '../notes/quote-request';
import { AnnotationForm, type AnnotationDraft, type FormField } from './annotation-form';
import { NoteLinks } from './note-links';

interface Props {
  annotation: Annotation;
  active: boolean;
  editing: boolean;
  focusField: FormField | null;
  /** There is a selection in the text an orphan could be re-attached to. */
  canReattach: boolean;
  /** What "Add to note" and a drag hand to a note; null when there is nothing to quote (a page note, an orphan). */
  quote: QuoteRequest | null;
  /** The notes quoting this annotation. */
  citedIn: readonly NoteBacklink[];
  onShow(): void;
  onAddToNote(): void;
  onOpenNote(noteId: number): void;
  onEdit(): void;
  onSave(draft: AnnotationDraft): void;
  onCancel(): void;
  onDelete(): void;
  onReattach(): void;
}

const KIND_LABELS = { quote: 'Quote', claim: 'Claim', fact: 'Fact', note: 'Note' } as const;

/**
 * One annotation in the panel: its quote in its colour (dragged onto a note, it is
 * quoted there); kind, speaker and tags; its comment; the notes citing it; and a footer
 * with Add to note, Edit and Delete (and, for an orphan, Re-attach) — in the flow of
 * the card, never over its text.
 */
export function AnnotationCard(props: Props) {
  const { annotation, active, editing, focusField, canReattach, quote, citedIn, onShow, onAddToNote, onOpenNote, onEdit, onSave, onCancel, onDelete, onReattach } = props;
  const { target } = annotation;
  return (
    <li className="annotation-card" data-color={annotation.color} data-active={active ? '' : undefined} data-annotation-card={annotation.id}>
      {target ? (
        <button
          type="button"
          className="annotation-quote"
          onClick={onShow}
          disabled={annotation.orphaned}
          title={annotation.orphaned ? undefined : 'Show in the text, or drag into a note'}
          draggable={quote !== null}
          onDragStart={(event) => quote && setQuoteDragData(event.dataTransfer, quote)}
        >
          {target.exact}
        </button>
      ) : (
        <div className="annotation-quote annotation-page-note">Page note</div>
      )}
      {(annotation.kind || annotation.speaker || annotation.tags.length > 0) && !editing && (
        <div className="annotation-meta">
          {annotation.kind && <span className="annotation-kind">{KIND_LABELS[annotation.kind]}</span>}
          {annotation.speaker && <span className="annotation-speaker">{annotation.speaker}</span>}
          {annotation.tags.map((tag) => (
            <span key={tag.id} className="tag-chip">
              {tag.path}
            </span>
          ))}
        </div>
      )}
      {editing ? (
        <AnnotationForm annotation={annotation} focus={focusField} onSave={onSave} onCancel={onCancel} />
      ) : (
        <>
          {annotation.comment && <p className="annotation-comment">{annotation.comment}</p>}
          {citedIn.length > 0 && (
            <p className="annotation-cited-in">
              Cited in <NoteLinks links={citedIn} onOpenNote={onOpenNote} />
            </p>
          )}
          <div className="annotation-card-footer">
            {annotation.orphaned && (
              <button
                type="button"
                className="button button-small"
                disabled={!canReattach}
                title="Select the text it belongs to, then re-attach"
                onMouseDown={(event) => event.preventDefault()}
                onClick={onReattach}
              >
                Re-attach to selection
              </button>
            )}
            <div className="annotation-card-tools">
              {quote && (
                <button type="button" className="button button-quiet button-small" title="Quote it in the note beside the reader" onClick={onAddToNote}>
                  Add to note
                </button>
              )}
              <button type="button" className="button button-quiet button-small" onClick={onEdit}>
                Edit
              </button>
              <button type="button" className="button button-quiet button-small" onClick={onDelete} aria-label={`Delete annotation${target ? ` “${target.exact.slice(0, 40)}”` : ''}`}>
                Delete
              </button>
            </div>
          </div>
        </>
      )}
    </li>
  );
}
