import type { ReactNode } from 'react';
import type { LibraryCounts } from '../../../shared/domain/list-query';
import { AnnotationsLink } from '../annotation-list/annotations-link';
import { DockToggle } from '../notes/dock-toggle';
import { NotesLink } from '../notes/notes-link';
import { useLibraryCounts } from '../library/use-library-queries';
import { Hint } from '../ui/hint';
import { LibraryIcon, TrashIcon } from '../ui/icons';
import { shortcut } from '../ui/platform';
import { StarIcon, UnreadIcon } from './sidebar-icons';
import { useScope } from './use-scope';

type View = keyof LibraryCounts;

const VIEWS: Array<{ view: View; label: string; hint: string; digit?: string; icon: ReactNode }> = [
  { view: 'library', label: 'Library', hint: 'Show the whole library', digit: '1', icon: <LibraryIcon /> },
  { view: 'unread', label: 'Unread', hint: 'Clippings not yet read', icon: <UnreadIcon /> },
  { view: 'starred', label: 'Starred', hint: 'Clippings you starred', icon: <StarIcon /> },
  { view: 'trash', label: 'Trash', hint: 'Show Trash', digit: '2', icon: <TrashIcon /> },
];

/** The fixed views, with their counts, then Quotes & annotations and Notes. ⌘1 and ⌘2 (use-shortcuts) reach Library and Trash, ⌘3 Notes. */
export function SidebarViews() {
  const counts = useLibraryCounts();
  const { scope, setScope } = useScope();
  return (
    <nav className="sidebar-nav" aria-label="Views">
      {VIEWS.map(({ view, label, hint, digit, icon }) => {
        const count = counts.data?.[view];
        const countId = `view-count-${view}`;
        return (
          <Hint key={view} label={hint} keys={digit ? shortcut(digit) : undefined} side="right">
            <button
              type="button"
              className="sidebar-link"
              aria-label={label}
              aria-describedby={countId}
              aria-current={scope.kind === view ? 'page' : undefined}
              onClick={() => setScope({ kind: view })}
            >
              {icon}
              <span className="sidebar-link-label">{label}</span>
              <span id={countId} className="sidebar-count">
                {count === undefined || (count === 0 && view !== 'library') ? '' : count.toLocaleString()}
                <span className="visually-hidden">{count === 1 ? ' clipping' : ' clippings'}</span>
              </span>
            </button>
          </Hint>
        );
      })}
      <AnnotationsLink />
      <NotesLink />
      <DockToggle />
    </nav>
  );
}
