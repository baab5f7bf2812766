import type { Annotation } from '../../../shared/domain/annotation';
import { AnnotationForm, type AnnotationDraft, type FormField } from './annotation-form';

interface Props {
  annotation: Annotation;
  active: boolean;
  editing: boolean;
  focusField: FormField | null;
  /** There is a selection in the text an orphan could be re-attached to. */
  canReattach: boolean;
  onShow(): void;
  onEdit(): void;
  onSave(draft: AnnotationDraft): void;
  onCancel(): void;
  onDelete(): void;
  onReattach(): void;
}

const KIND_LABELS = { quote: 'Quote', claim: 'Claim', fact: 'Fact', note: 'Note' } as const;

/**
 * One annotation in the panel: its quote in its colour; kind, speaker and tags; its
 * comment; and a footer with Edit and Delete (and, for an orphan, Re-attach) — in the
 * flow of the card, never over its text.
 */
export function AnnotationCard({ annotation, active, editing, focusField, canReattach, onShow, onEdit, onSave, onCancel, onDelete, onReattach }: Props) {
  const { target } = annotation;
  return (
    <li className="annotation-card" data-color={annotation.color} data-active={active ? '' : undefined} data-annotation-card={annotation.id}>
      {target ? (
        <button type="button" className="annotation-quote" onClick={onShow} disabled={annotation.orphaned} title={annotation.orphaned ? undefined : 'Show in the text'}>
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
