import { useScope } from '../sidebar/use-scope';
import { Hint } from '../ui/hint';
import { useNoteCount } from './note-queries';
import { NotesIcon } from './notes-icon';
import { NOTES_VIEW_KEYS } from './use-notes-shortcuts';

/** The sidebar's way to the Notes view, with how many notes there are. */
export function NotesLink() {
  const { scope, setScope } = useScope();
  const count = useNoteCount({ view: 'notes', collectionId: null, query: '' }).data;
  return (
    <Hint label="Notes: your briefs, with quotes that link back to their sources" keys={NOTES_VIEW_KEYS} side="right">
      <button
        type="button"
        className="sidebar-link"
        aria-label="Notes"
        aria-describedby="view-count-notes"
        aria-current={scope.kind === 'notes' ? 'page' : undefined}
        onClick={() => setScope({ kind: 'notes' })}
      >
        <NotesIcon />
        <span className="sidebar-link-label">Notes</span>
        <span id="view-count-notes" className="sidebar-count">
          {count ? count.toLocaleString() : ''}
          <span className="visually-hidden">{count === 1 ? ' note' : ' notes'}</span>
        </span>
      </button>
    </Hint>
  );
}
