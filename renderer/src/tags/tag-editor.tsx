import { useRef, useState, type FormEvent } from 'react';
import { useTags } from '../library/use-library-queries';
import { clippingsCount } from '../sidebar/use-organise-mutation';
import { useToast } from '../ui/toast-context';
import { TagChip } from './tag-chip';
import { TagCombobox } from './tag-combobox';
import { useApplyTags } from './use-tag-mutations';
import { useSelectionTags } from './use-selection-tags';
import { useTagDraft } from './use-tag-draft';

/**
 * Add and remove tags on one clipping or a selection: the tags they have as chips,
 * a field with autocomplete over every tag (Enter on a new path creates it), × or
 * Backspace to take one off; Apply sends it all as one `tags.apply`. The content of
 * a dialog: the list's tag dialog (bulk bar, T key) hosts it, for the reader too.
 */
export function TagEditor({ clippingIds, onDone }: { clippingIds: number[]; onDone(): void }) {
  const tags = useTags();
  const selection = useSelectionTags(clippingIds);
  const total = clippingIds.length;
  const draft = useTagDraft(selection.shared, total);
  const [typed, setTyped] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const apply = useApplyTags();
  const toast = useToast();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!draft.dirty) return onDone();
    apply.mutate(
      { clippingIds, ...draft.changes },
      {
        onSuccess: () => {
          if (total > 1) toast.show({ title: `Updated the tags of ${clippingsCount(total)}` });
          onDone();
        },
      },
    );
  };

  const partialOf = (count: number) => (total > 1 && count < total ? `${count.toLocaleString()} of ${total.toLocaleString()}` : undefined);

  return (
    <form className="tag-editor" onSubmit={submit}>
      <p className="tag-editor-subject">
        {total === 1
          ? (selection.title ?? '\u00a0')
          : selection.known < total
            ? `Showing the tags of the ${selection.known.toLocaleString()} clippings loaded in the list; changes apply to all ${total.toLocaleString()}.`
            : 'Changes apply to every selected clipping.'}
      </p>
      <div className="tag-editor-field" onClick={() => inputRef.current?.focus()}>
        <ul className="tag-editor-chips" aria-label="Tags">
          {draft.chips.map((chip) => (
            <li key={chip.key}>
              <TagChip path={chip.path} color={chip.color} partial={partialOf(chip.count)} added={chip.added} onRemove={() => draft.remove(chip)} />
            </li>
          ))}
        </ul>
        <TagCombobox
          label="Add a tag"
          placeholder={draft.chips.length === 0 ? 'Add a tag, e.g. DPRK/youth' : 'Add a tag'}
          tags={tags.data ?? []}
          value={typed}
          onValueChange={setTyped}
          exclude={draft.complete}
          allowNew
          autoFocus
          inputRef={inputRef}
          onPick={(suggestion) => {
            if (suggestion.kind === 'new') draft.add(suggestion.path, null);
            else draft.add(suggestion.tag.path, suggestion.tag.color);
            setTyped('');
          }}
          onOtherKey={(event) => {
            const last = draft.chips.at(-1);
            if (event.key === 'Backspace' && typed === '' && last) {
              event.preventDefault();
              draft.remove(last);
            } else if (event.key === 'Enter' && typed.trim() !== '') {
              // Nothing to suggest: every clipping already has it.
              event.preventDefault();
              setTyped('');
            }
          }}
        />
      </div>
      <p className="tag-editor-hint">
        <b>Enter</b> adds a tag, <b>/</b> nests it (DPRK/youth), <b>Backspace</b> takes off the last. <b>Enter</b> on an empty field applies.
      </p>
      <footer className="tag-editor-footer">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={apply.isPending || selection.loading}>
          Apply
        </button>
      </footer>
    </form>
  );
}
