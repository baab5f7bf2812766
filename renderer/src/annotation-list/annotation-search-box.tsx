import { useState, type KeyboardEvent } from 'react';
import { SEARCH_INPUT_ID } from '../search/search-box';
import { SearchIcon } from '../search/list-icons';
import { useDebouncedCommit } from '../search/use-debounced-commit';
import { isMac, shortcut } from '../ui/platform';
import { AnnotationFiltersMenu } from './annotation-filters-menu';
import { ANNOTATION_LIST_LABEL } from './annotation-list';
import { useAnnotationView } from './annotation-view-state';

/**
 * The search box of the Quotes view, as the clipping list's looks and behaves: words
 * in the highlighted text, comments and speakers (the search syntax's words, "phrases",
 * prefix* and -not), applied after a short pause; Enter moves to the list; Escape
 * clears. It takes the clipping search box's id, so ⌘F and / reach it.
 */
export function AnnotationSearchBox() {
  const { query, setQuery } = useAnnotationView();
  const [draft, setDraft] = useState(query);
  const { schedule, flush } = useDebouncedCommit(setQuery);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && draft !== '') {
      event.preventDefault();
      setDraft('');
      flush('');
    } else if (event.key === 'Escape' || event.key === 'ArrowDown' || event.key === 'Enter') {
      event.preventDefault();
      flush(draft);
      document.querySelector<HTMLElement>(`[role="listbox"][aria-label="${ANNOTATION_LIST_LABEL}"]`)?.focus();
    }
  };

  return (
    <div className="search-bar" role="search">
      <div className="search-field">
        <SearchIcon />
        <input
          id={SEARCH_INPUT_ID}
          className="search-input"
          type="search"
          aria-label="Search annotations"
          placeholder="Search quotes and comments"
          title={`Words in the highlighted text, comments and speakers: "phrases", prefix*, -not (${shortcut('F')} or /)`}
          aria-keyshortcuts={`${isMac ? 'Meta' : 'Control'}+F /`}
          autoComplete="off"
          spellCheck={false}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            schedule(event.target.value);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <AnnotationFiltersMenu />
    </div>
  );
}
