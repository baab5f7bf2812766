import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { clippingsCount } from '../sidebar/use-organise-mutation';
import { TagDot } from './tag-dot';
import { suggestTags, type TagSuggestion } from './tag-suggestions';

interface Props {
  label: string;
  tags: readonly Tag[];
  value: string;
  onValueChange(value: string): void;
  onPick(suggestion: TagSuggestion): void;
  /** Lower-case paths not to suggest (already chosen). */
  exclude?: ReadonlySet<string>;
  /** Offer to create the typed path (the tag editor); else only existing tags (merge). */
  allowNew?: boolean;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Keys the list does not use (Backspace on an empty field, Enter with nothing typed). */
  onOtherKey?(event: KeyboardEvent<HTMLInputElement>): void;
  autoFocus?: boolean;
}

/**
 * A tag path field with autocomplete over the existing tags (any part of the path,
 * any case). ↑/↓ choose, Enter takes the highlighted line, Tab completes the field
 * with it so a sub-tag can be typed after a `/`.
 */
export function TagCombobox({ label, tags, value, onValueChange, onPick, exclude, allowNew = false, placeholder, inputRef, onOtherKey, autoFocus }: Props) {
  const listId = useId();
  const [active, setActive] = useState(0);
  // Closed after a pick (or with a value given at the start) until the field changes, so Enter submits the form.
  const [closed, setClosed] = useState(value !== '');
  const suggestions = useMemo(() => {
    const all = suggestTags(tags, value, exclude);
    return allowNew ? all : all.filter((suggestion) => suggestion.kind === 'existing');
  }, [tags, value, exclude, allowNew]);
  const open = !closed && suggestions.length > 0;
  const current = open ? Math.min(active, suggestions.length - 1) : -1;
  const optionId = (index: number) => `${listId}-${index}`;

  const pick = (suggestion: TagSuggestion | undefined) => {
    if (!suggestion) return;
    onPick(suggestion);
    setActive(0);
    setClosed(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (open && event.key === 'ArrowDown') setActive((current + 1) % suggestions.length);
    else if (open && event.key === 'ArrowUp') setActive((current - 1 + suggestions.length) % suggestions.length);
    else if (open && event.key === 'Enter') pick(suggestions[current]);
    else if (open && event.key === 'Tab' && !event.shiftKey) {
      const path = pathOf(suggestions[current]);
      if (!path || path === value) return;
      onValueChange(path);
      setClosed(false);
    } else return onOtherKey?.(event);
    event.preventDefault();
  };

  return (
    <div className="tag-combobox">
      <input
        ref={inputRef}
        className="input tag-combobox-input"
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        value={value}
        placeholder={placeholder}
        autoFocus={autoFocus}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          onValueChange(event.target.value);
          setActive(0);
          setClosed(false);
        }}
        onKeyDown={onKeyDown}
      />
      <div id={listId} role="listbox" aria-label={`${label}: suggestions`} className="tag-suggestions" hidden={!open}>
        {suggestions.map((suggestion, index) => (
          <div
            key={suggestion.kind === 'new' ? `new:${suggestion.path}` : suggestion.tag.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === current}
            className="tag-suggestion"
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => index !== current && setActive(index)}
            onClick={() => pick(suggestion)}
          >
            {suggestion.kind === 'new' ? (
              <>
                <span className="tag-suggestion-new">New tag</span>
                <span className="tag-suggestion-path">{suggestion.path}</span>
              </>
            ) : (
              <>
                <TagDot color={suggestion.tag.color} />
                <span className="tag-suggestion-path">{suggestion.tag.path}</span>
                <span className="tag-suggestion-count">{clippingsCount(suggestion.tag.count)}</span>
              </>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}

function pathOf(suggestion: TagSuggestion | undefined): string | null {
  if (!suggestion) return null;
  return suggestion.kind === 'new' ? suggestion.path : suggestion.tag.path;
}
