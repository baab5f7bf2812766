import { useRef, useState, type KeyboardEvent } from 'react';
import { useSelection } from '../layout/selection-context';
import { scopeTitle } from '../library/library-scope';
import { isMac, shortcut } from '../ui/platform';
import { appendFilter } from './append-filter';
import { FiltersMenu } from './filters-menu';
import { SearchIcon } from './list-icons';
import { SaveSearchButton } from './save-search-button';
import { useDebouncedCommit } from './use-debounced-commit';

export const SEARCH_INPUT_ID = 'library-search';

/**
 * The search box above the list: words and filters in the search syntax, applied
 * to the scope the sidebar chose. Typing is applied after a short pause; Enter
 * applies at once and moves to the list; Escape clears.
 */
export function SearchBox() {
  const { scope, searchText, setSearchText } = useSelection();
  const [draft, setDraft] = useState(searchText);
  const { schedule, flush } = useDebouncedCommit(setSearchText);
  const inputRef = useRef<HTMLInputElement>(null);

  const change = (value: string) => {
    setDraft(value);
    schedule(value);
  };
  const addFilter = (token: string) => {
    const next = appendFilter(draft, token);
    setDraft(next);
    flush(next);
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && draft !== '') {
      event.preventDefault();
      setDraft('');
      flush('');
    } else if (event.key === 'Escape' || event.key === 'ArrowDown' || event.key === 'Enter') {
      event.preventDefault();
      flush(draft);
      focusList();
    }
  };

  return (
    <div className="search-bar" role="search">
      <div className="search-field">
        <SearchIcon />
        <input
          ref={inputRef}
          id={SEARCH_INPUT_ID}
          className="search-input"
          type="search"
          aria-label="Search"
          placeholder={`Search ${scopeTitle(scope)}`}
          title={`Words, "phrases", prefix*, -not, and filters such as tag: outlet: lang: after: is:unread (${shortcut('F')} or /)`}
          aria-keyshortcuts={`${isMac ? 'Meta' : 'Control'}+F /`}
          autoComplete="off"
          spellCheck={false}
          value={draft}
          onChange={(event) => change(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <FiltersMenu onAdd={addFilter} />
      <SaveSearchButton />
    </div>
  );
}

export function focusSearch(): void {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

function focusList(): void {
  document.querySelector<HTMLElement>('[role="listbox"][aria-label="Clippings"]')?.focus();
}
