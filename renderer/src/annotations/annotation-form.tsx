import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { annotationKinds, highlightColors, HIGHLIGHT_COLOR_NAMES, type Annotation, type AnnotationKind, type HighlightColor } from '../../../shared/domain/annotation';
import { normalizeTagPath } from '../../../shared/domain/tag';
import { useTags } from '../library/use-library-queries';
import { hasCommandKey } from '../ui/platform';

export type FormField = 'comment' | 'speaker' | 'tags';

export interface AnnotationDraft {
  color: HighlightColor;
  kind: AnnotationKind | null;
  speaker: string;
  comment: string;
  tags: string[];
}

const KIND_LABELS: Record<AnnotationKind, string> = { quote: 'Quote', claim: 'Claim', fact: 'Fact', note: 'Note' };

/**
 * Edits one annotation: colour, kind (and for a quote, who said it), comment, tags.
 * Ctrl/⌘+Enter saves, Escape cancels.
 */
export function AnnotationForm({ annotation, focus, onSave, onCancel }: { annotation: Annotation; focus: FormField | null; onSave(draft: AnnotationDraft): void; onCancel(): void }) {
  const [draft, setDraft] = useState<AnnotationDraft>(() => ({
    color: annotation.color,
    kind: annotation.kind,
    speaker: annotation.speaker ?? '',
    comment: annotation.comment,
    tags: annotation.tags.map((tag) => tag.path),
  }));
  const [tagText, setTagText] = useState('');
  const tags = useTags();
  const ids = { comment: useId(), speaker: useId(), tags: useId(), kind: useId(), list: useId() };
  const fields = { comment: useRef<HTMLTextAreaElement>(null), speaker: useRef<HTMLInputElement>(null), tags: useRef<HTMLInputElement>(null) };

  useEffect(() => {
    // After the panel's own focus-on-open, which runs later in the same commit.
    const frame = requestAnimationFrame(() => (fields[focus ?? 'comment'].current ?? fields.comment.current)?.focus());
    return () => cancelAnimationFrame(frame);
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const set = (patch: Partial<AnnotationDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const addTag = () => {
    const path = normalizeTagPath(tagText);
    if (path && !draft.tags.some((tag) => tag.toLowerCase() === path.toLowerCase())) set({ tags: [...draft.tags, path] });
    setTagText('');
  };
  const save = () => onSave({ ...draft, tags: tagText.trim() ? [...draft.tags, normalizeTagPath(tagText)] : draft.tags });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && hasCommandKey(event)) {
      event.preventDefault();
      save();
    }
  };

  return (
    <div className="annotation-form" onKeyDown={onKeyDown}>
      <div className="annotation-form-row" role="radiogroup" aria-label="Colour">
        {highlightColors.map((color) => (
          <button
            key={color}
            type="button"
            role="radio"
            aria-checked={draft.color === color}
            className="selection-swatch"
            data-color={color}
            aria-label={HIGHLIGHT_COLOR_NAMES[color]}
            onClick={() => set({ color })}
          />
        ))}
        <label className="annotation-form-kind" htmlFor={ids.kind}>
          Kind
        </label>
        <select id={ids.kind} className="input input-small" value={draft.kind ?? ''} onChange={(event) => set({ kind: (event.target.value || null) as AnnotationKind | null })}>
          <option value="">Highlight</option>
          {annotationKinds.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      {draft.kind === 'quote' && (
        <div className="annotation-form-field">
          <label htmlFor={ids.speaker}>Speaker</label>
          <input ref={fields.speaker} id={ids.speaker} className="input input-small" value={draft.speaker} maxLength={200} onChange={(event) => set({ speaker: event.target.value })} />
        </div>
      )}
      <div className="annotation-form-field">
        <label htmlFor={ids.comment}>Comment</label>
        <textarea ref={fields.comment} id={ids.comment} className="input annotation-comment-input" rows={3} value={draft.comment} onChange={(event) => set({ comment: event.target.value })} />
      </div>
      <div className="annotation-form-field">
        <label htmlFor={ids.tags}>Tags</label>
        {draft.tags.length > 0 && (
          <ul className="annotation-form-tags" aria-label="Tags on this annotation">
            {draft.tags.map((tag) => (
              <li key={tag} className="tag-chip">
                {tag}
                <button type="button" className="tag-chip-remove" aria-label={`Remove tag ${tag}`} onClick={() => set({ tags: draft.tags.filter((t) => t !== tag) })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          ref={fields.tags}
          id={ids.tags}
          className="input input-small"
          list={ids.list}
          placeholder="Add a tag, e.g. DPRK/youth"
          value={tagText}
          onChange={(event) => setTagText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !hasCommandKey(event)) {
              event.preventDefault();
              addTag();
            }
          }}
        />
        <datalist id={ids.list}>
          {(tags.data ?? []).slice(0, 2000).map((tag) => (
            <option key={tag.id} value={tag.path} />
          ))}
        </datalist>
      </div>
      <div className="annotation-form-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={save}>
          Save
        </button>
      </div>
    </div>
  );
}
