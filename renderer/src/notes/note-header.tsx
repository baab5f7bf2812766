import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { CitationStyleName } from '../../../shared/domain/export';
import type { Note } from '../../../shared/domain/note';
import { UNTITLED_NOTE } from '../../../shared/notes/note-format';
import { useSelection } from '../layout/selection-context';
import { LIBRARY_SCOPE } from '../library/library-scope';
import { CloseIcon } from '../ui/icons';
import { SaveStatus } from './editor/save-status';
import { useNoteActions } from './note-actions';
import { NoteCollectionsMenu } from './note-collections-menu';
import { NoteExportMenu } from './note-export-menu';
import type { NoteSession } from './note-session';
import { useNotes } from './notes-context';
import type { SaveState } from './save-scheduler';

/** Where the editor is: the Notes view's main column, or docked beside the reader. */
export type NotePlacement = 'view' | 'dock';

interface Props {
  note: Note;
  placement: NotePlacement;
  title: string;
  onTitle(title: string): void;
  saveState: SaveState;
  session: NoteSession;
  onBibliography(style: CitationStyleName): void;
}

/** The title field (empty: the title follows the first heading), the save status, and what can be done with the note. */
export function NoteHeader({ note, placement, title, onTitle, saveState, session, onBibliography }: Props) {
  const { setScope } = useSelection();
  const { setDockOpen, openNote } = useNotes();
  const { trash } = useNoteActions();
  return (
    <header className="note-header">
      <div className="note-header-row">
        <input
          className="note-title-field"
          aria-label="Note title"
          value={title}
          maxLength={200}
          placeholder={note.titleSet ? UNTITLED_NOTE : note.title}
          title="Leave empty to use the first heading"
          onChange={(event) => onTitle(event.target.value)}
        />
        {placement === 'dock' ? (
          <button type="button" className="button button-quiet icon-button" aria-label="Close the note" title="Close the note (it stays in Notes)" onClick={() => setDockOpen(false)}>
            <CloseIcon />
          </button>
        ) : null}
      </div>
      <div className="note-header-row note-header-actions">
        <SaveStatus state={saveState} />
        <span className="note-header-spacer" />
        <NoteCollectionsMenu note={note} />
        <NoteExportMenu noteId={note.id} session={session} />
        <DropdownMenu.Root>
          <DropdownMenu.Trigger asChild>
            <button type="button" className="button button-quiet" aria-label="More actions for the note">
              ⋯
            </button>
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content className="menu" align="end" sideOffset={4} collisionPadding={8}>
              {placement === 'dock' ? (
                <DropdownMenu.Item className="menu-item" onSelect={() => setScope({ kind: 'notes' })}>
                  Open in Notes
                </DropdownMenu.Item>
              ) : (
                <DropdownMenu.Item
                  className="menu-item"
                  onSelect={() => {
                    setDockOpen(true);
                    setScope(LIBRARY_SCOPE);
                  }}
                >
                  Write beside the reader
                </DropdownMenu.Item>
              )}
              <DropdownMenu.Item className="menu-item" onSelect={() => onBibliography('chicago')}>
                Insert bibliography (Chicago)
              </DropdownMenu.Item>
              <DropdownMenu.Item className="menu-item" onSelect={() => onBibliography('apa')}>
                Insert bibliography (APA)
              </DropdownMenu.Item>
              <DropdownMenu.Separator className="menu-separator" />
              <DropdownMenu.Item
                className="menu-item menu-item-danger"
                onSelect={() => {
                  void session.flush().then(() => trash.mutate(note));
                  openNote(null);
                }}
              >
                Move to Trash
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      </div>
    </header>
  );
}
