import { useSelection } from '../layout/selection-context';
import { LIBRARY_SCOPE } from '../library/library-scope';
import { Hint } from '../ui/hint';
import { useNotes } from './notes-context';
import { DockIcon } from './notes-icon';
import { NOTE_DOCK_KEYS } from './use-notes-shortcuts';

/** The sidebar's switch for the note beside the reader (from the Notes view it goes to the Library with the note). */
export function DockToggle() {
  const { dockOpen, setDockOpen } = useNotes();
  const { scope, setScope } = useSelection();
  const shown = dockOpen && scope.kind !== 'notes';
  return (
    <Hint label={shown ? 'Close the note beside the reader' : 'Write the open note beside the reader'} keys={NOTE_DOCK_KEYS} side="right">
      <button
        type="button"
        className="sidebar-link"
        aria-label="Note beside the reader"
        aria-pressed={shown}
        onClick={() => {
          if (scope.kind === 'notes') {
            setDockOpen(true);
            setScope(LIBRARY_SCOPE);
          } else setDockOpen(!dockOpen);
        }}
      >
        <DockIcon />
        <span className="sidebar-link-label">Note beside reader</span>
      </button>
    </Hint>
  );
}
