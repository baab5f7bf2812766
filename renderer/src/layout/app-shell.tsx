import { useCallback, useState } from 'react';
import { AddClippingDialog } from '../add/add-clipping-dialog';
import { AnnotationsScope } from '../annotation-list/annotations-view';
import { DropOverlay } from '../add/drop-overlay';
import { useGlobalPaste } from '../add/use-global-paste';
import { TagDialogProvider } from '../clippings/tag-dialog';
import { useCompare } from '../compare/compare-context';
import { CompareView } from '../compare/compare-view';
import { Reader } from '../reader/reader';
import { Sidebar } from '../sidebar/sidebar';
import { NoteDock } from '../notes/note-dock';
import { useNotes } from '../notes/notes-context';
import { NotesView } from '../notes/notes-view';
import { useNotesShortcuts } from '../notes/use-notes-shortcuts';
import { EmptyLibrary, EmptyTrash } from './empty-library';
import { ListPane } from './list-pane';
import { useSelection } from './selection-context';
import { useListHead } from '../clippings/use-list-window';
import { useListParams } from '../clippings/use-list-params';
import { useRefreshOnReturn } from './use-refresh-on-return';
import { useShortcuts } from './use-shortcuts';

/**
 * Sidebar | clipping list | reader (or, for Quotes & annotations, its annotation list | reader;
 * for Notes, the notes list | the open note), and the open note docked at the right of
 * the reader when asked for. An empty Library or Trash replaces the list and reader. The Compare view covers both
 * while it is open; they stay mounted underneath, so closing it finds them as they were.
 */
export function AppShell() {
  const { scope, searchText, selectedId } = useSelection();
  const compare = useCompare();
  const [adding, setAdding] = useState(false);
  const openAdd = useCallback(() => setAdding(true), []);
  useShortcuts({ onAdd: openAdd });
  useNotesShortcuts();
  const { dockOpen } = useNotes();
  const docked = dockOpen && scope.kind !== 'notes' && !compare.ids;
  useGlobalPaste();
  useRefreshOnReturn();

  const { params } = useListParams();
  const head = useListHead(params);
  const nothing = head.isSuccess && !head.isPlaceholderData && head.data.total === 0 && searchText.trim() === '';
  const emptyView = nothing && (scope.kind === 'library' || scope.kind === 'trash');

  return (
    <TagDialogProvider>
      <div className="app-shell" data-comparing={compare.ids ? '' : undefined} data-note-dock={docked ? '' : undefined}>
        <Sidebar onAdd={openAdd} />
        {/* Quotes & annotations: its own list pane and reader; its state outlives a visit to another scope. */}
        <AnnotationsScope shown={scope.kind === 'annotations'} />
        {scope.kind === 'notes' && <NotesView />}
        {scope.kind === 'annotations' || scope.kind === 'notes' ? null : emptyView ? (
          <main className="empty-pane">{scope.kind === 'library' ? <EmptyLibrary /> : <EmptyTrash />}</main>
        ) : (
          <>
            <ListPane />
            <main className="reader-pane">
              <Reader clippingId={selectedId} />
            </main>
          </>
        )}
        {docked && <NoteDock />}
        {compare.ids && <CompareView ids={compare.ids} />}
        <AddClippingDialog open={adding} onOpenChange={setAdding} />
        <DropOverlay />
      </div>
    </TagDialogProvider>
  );
}
