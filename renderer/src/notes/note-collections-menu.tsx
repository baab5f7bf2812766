import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { NoteSummary } from '../../../shared/domain/note';
import { useCollections } from '../library/use-library-queries';
import { ChevronDownIcon } from '../ui/icons';
import { useNoteActions } from './note-actions';

/** Which collections (dossiers) hold the note: ticked in a menu, each tick saved at once. */
export function NoteCollectionsMenu({ note }: { note: NoteSummary }) {
  const collections = useCollections();
  const { setCollections } = useNoteActions();
  const held = new Set(note.collectionIds);
  const names = (collections.data ?? []).filter((collection) => held.has(collection.id)).map((collection) => collection.name);
  const toggle = (id: number, on: boolean) =>
    setCollections.mutate({ id: note.id, collectionIds: on ? [...note.collectionIds, id] : note.collectionIds.filter((other) => other !== id) });
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <button type="button" className="button button-quiet note-collections" title="The collections this note is in">
          <span className="note-collections-names">{names.length ? names.join(', ') : 'No collection'}</span>
          <ChevronDownIcon />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="start" sideOffset={4} collisionPadding={8}>
          <DropdownMenu.Label className="menu-label">In collections</DropdownMenu.Label>
          {collections.data?.length === 0 && <p className="menu-message">No collections yet: make one in the sidebar.</p>}
          {(collections.data ?? []).map((collection) => (
            <DropdownMenu.CheckboxItem
              key={collection.id}
              className="menu-item"
              checked={held.has(collection.id)}
              onCheckedChange={(on) => toggle(collection.id, on === true)}
              onSelect={(event) => event.preventDefault()}
            >
              <DropdownMenu.ItemIndicator className="menu-indicator">✓</DropdownMenu.ItemIndicator>
              {collection.path}
            </DropdownMenu.CheckboxItem>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
