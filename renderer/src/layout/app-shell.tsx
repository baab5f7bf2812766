import { useCallback, useState } from 'react';
import { AddClippingDialog } from '../add/add-clipping-dialog';
import { DropOverlay } from '../add/drop-overlay';
import { useGlobalPaste } from '../add/use-global-paste';
import { ClippingList } from '../clippings/clipping-list';
import { useClippingList } from '../clippings/use-clipping-queries';
import { Reader } from '../reader/reader';
import { Sidebar } from '../sidebar/sidebar';
import { EmptyLibrary, EmptyTrash } from './empty-library';
import { ListHeader } from './list-header';
import { useSelection } from './selection-context';
import { useRefreshOnReturn } from './use-refresh-on-return';
import { useShortcuts } from './use-shortcuts';

/** Sidebar | clipping list | reader. An empty view replaces the list and reader. */
export function AppShell() {
  const { view } = useSelection();
  const [adding, setAdding] = useState(false);
  const openAdd = useCallback(() => setAdding(true), []);
  useShortcuts({ onAdd: openAdd });
  useGlobalPaste();
  useRefreshOnReturn();

  const list = useClippingList(view);
  const empty = list.isSuccess && (list.data.pages[0]?.total ?? 0) === 0;

  return (
    <div className="app-shell">
      <Sidebar onAdd={openAdd} />
      {empty ? (
        <main className="empty-pane">{view === 'library' ? <EmptyLibrary /> : <EmptyTrash />}</main>
      ) : (
        <>
          <section className="list-pane" aria-label={view === 'library' ? 'Library' : 'Trash'}>
            <ListHeader view={view} total={list.data?.pages[0]?.total} />
            <ClippingList key={view} view={view} />
          </section>
          <main className="reader-pane">
            <Reader />
          </main>
        </>
      )}
      <AddClippingDialog open={adding} onOpenChange={setAdding} />
      <DropOverlay />
    </div>
  );
}
