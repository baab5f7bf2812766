import { useId, type KeyboardEvent, type Ref } from 'react';
import type { NoteBacklink } from '../../../shared/domain/note';
import { useQuoteInNote } from '../notes/quote-request';
import { Hint } from '../ui/hint';
import { CloseIcon } from '../ui/icons';
import { useAnnotationFocus } from './annotation-focus';
import { AnnotationCard } from './annotation-card';
import { AnnotationsExportMenu } from './annotations-export-menu';
import { notesCitingAnnotation, quoteRequestFor } from './note-citing';
import type { AnnotationLayer } from './use-annotation-layer';

interface Props {
  layer: AnnotationLayer;
  /** The notes citing this clipping. */
  backlinks: readonly NoteBacklink[];
  onOpenNote(noteId: number): void;
  onClose(): void;
  ref?: Ref<HTMLElement>;
}

/**
 * The clipping's annotations beside the text: page notes, then highlights in document
 * order, then those whose text is gone (orphans, which can be re-attached to a new
 * selection), and — when asked — the quotations Dossier found, one click from a quote.
 * Each card says which notes cite it (`backlinks`, the clipping's) and can be quoted in one.
 */
export function AnnotationsPanel({ layer, backlinks, onOpenNote, onClose, ref }: Props) {
  const titleId = useId();
  const { focusAnnotation } = useAnnotationFocus();
  const quoteInNote = useQuoteInNote();
  const anchored = layer.annotations.filter((annotation) => !annotation.orphaned);
  const orphans = layer.annotations.filter((annotation) => annotation.orphaned);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };

  const card = (annotation: (typeof layer.annotations)[number]) => {
    const quote = quoteRequestFor(annotation);
    return (
      <AnnotationCard
        key={annotation.id}
        annotation={annotation}
        active={annotation.id === layer.activeId}
        editing={layer.editing?.id === annotation.id}
        focusField={layer.editing?.id === annotation.id ? layer.editing.field : null}
        canReattach={layer.selection !== null}
        quote={quote}
        citedIn={notesCitingAnnotation(backlinks, annotation.id)}
        onShow={() => focusAnnotation(annotation.id)}
        onAddToNote={() => quote && quoteInNote(quote)}
        onOpenNote={onOpenNote}
        onEdit={() => layer.setEditing({ id: annotation.id, field: null })}
        onSave={(draft) => layer.save(annotation, draft)}
        onCancel={() => layer.setEditing(null)}
        onDelete={() => layer.remove(annotation)}
        onReattach={() => layer.reattach(annotation)}
      />
    );
  };

  return (
    <aside ref={ref} className="annotations-panel info-panel" aria-labelledby={titleId} tabIndex={-1} onKeyDown={onKeyDown}>
      <header className="info-panel-header">
        <h2 id={titleId} className="info-panel-title">
          Annotations <span className="annotations-count">{layer.annotations.length}</span>
        </h2>
        <div className="annotations-header-actions">
          {/* Every annotation here is of the open clipping; with none there is nothing to export. */}
          <AnnotationsExportMenu clippingId={layer.annotations[0]?.clippingId ?? null} />
          <Hint label="Close annotations" keys="A">
            <button type="button" className="button button-quiet icon-button" aria-label="Close annotations" onClick={onClose}>
              <CloseIcon />
            </button>
          </Hint>
        </div>
      </header>
      <div className="annotations-tools">
        <button type="button" className="button button-small" onClick={() => void layer.addPageNote()}>
          Add page note
        </button>
        <label className="annotations-suggest">
          <input type="checkbox" checked={layer.suggesting} onChange={layer.toggleSuggestions} />
          Suggest quotes
        </label>
      </div>
      <div className="info-panel-scroll">
        {layer.annotations.length === 0 && !layer.loading && (
          <p className="annotations-empty">
            Select text to highlight it: keys <kbd>1</kbd>–<kbd>5</kbd> for a colour, <kbd>C</kbd> to comment, <kbd>Q</kbd> for a quote, <kbd>T</kbd> to tag,{' '}
            <kbd>N</kbd> to quote it in a note.
          </p>
        )}
        {anchored.length > 0 && (
          <ul className="annotation-cards" aria-label="Annotations in the text">
            {anchored.map(card)}
          </ul>
        )}
        {orphans.length > 0 && (
          <section className="annotations-section" aria-labelledby={`${titleId}-orphans`}>
            <h3 id={`${titleId}-orphans`} className="annotations-section-title">
              Not found in the current text ({orphans.length})
            </h3>
            <p className="annotations-hint">The text changed and these quotes are no longer in it. Select their new place and re-attach them, or delete them.</p>
            <ul className="annotation-cards">{orphans.map(card)}</ul>
          </section>
        )}
        {layer.suggesting && (
          <section className="annotations-section" aria-labelledby={`${titleId}-suggested`}>
            <h3 id={`${titleId}-suggested`} className="annotations-section-title">
              Suggested quotes ({layer.suggestions.length})
            </h3>
            {layer.suggestions.length === 0 && <p className="annotations-hint">No other quotations found in this text.</p>}
            <ul className="annotation-cards">
              {layer.suggestions.map((quote) => (
                <li key={`${quote.start}-${quote.end}`} className="annotation-card annotation-suggestion">
                  <div className="annotation-quote">{quote.text}</div>
                  <div className="annotation-card-actions">
                    <span className="annotation-speaker">{quote.speaker ?? 'Speaker not found'}</span>
                    <button type="button" className="button button-small" onClick={() => layer.acceptSuggestion(quote)} aria-label={`Add as quote: ${quote.text.slice(0, 60)}`}>
                      Add as quote
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </aside>
  );
}
