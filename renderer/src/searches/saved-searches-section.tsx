import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useEffect, useMemo, useState } from 'react';
import type { SavedSearch } from '../../../shared/domain/saved-search';
import { useSavedSearches } from '../library/use-library-queries';
import { NameDialog } from '../sidebar/name-dialog';
import { SidebarSection } from '../sidebar/sidebar-section';
import { SavedSearchIcon } from '../sidebar/sidebar-icons';
import { SidebarTree, treeTabStop } from '../sidebar/sidebar-tree';
import { SmallDialog } from '../ui/small-dialog';
import { TreeItem } from '../sidebar/tree-item';
import { useScope } from '../sidebar/use-scope';
import { useDeleteSavedSearch, useRenameSavedSearch } from './use-search-mutations';

interface Row {
  search: SavedSearch;
  depth: number;
  expanded: undefined;
}

type Dialog = { kind: 'rename' | 'delete'; search: SavedSearch };

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const keyOf = (row: Row) => String(row.search.id);
const returnFocus = () => treeTabStop('Saved searches');
const scopeOf = ({ id, name, query }: SavedSearch) => ({ kind: 'saved' as const, id, name, query });

/** Searches kept in the sidebar; hidden while there are none. */
export function SavedSearchesSection() {
  const searches = useSavedSearches();
  const { scope, setScope } = useScope();
  const [menuFor, setMenuFor] = useState<number | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const rename = useRenameSavedSearch();
  const remove = useDeleteSavedSearch();
  const rows = useMemo<Row[]>(
    () => [...(searches.data ?? [])].sort((a, b) => byName.compare(a.name, b.name)).map((search) => ({ search, depth: 0, expanded: undefined })),
    [searches.data],
  );
  // The list follows a saved search it shows when it is renamed, and leaves one that is gone.
  useEffect(() => {
    if (scope.kind !== 'saved' || !searches.data) return;
    const current = searches.data.find((search) => search.id === scope.id);
    if (!current) setScope({ kind: 'library' });
    else if (current.name !== scope.name || current.query !== scope.query) setScope(scopeOf(current));
  }, [searches.data, scope, setScope]);

  if (rows.length === 0) return null;
  const selectedId = scope.kind === 'saved' ? scope.id : null;
  const show = (search: SavedSearch) => setScope(scopeOf(search));
  const close = () => setDialog(null);

  return (
    <SidebarSection title="Saved searches">
      <SidebarTree
        label="Saved searches"
        idPrefix="search-row"
        rows={rows}
        rowKey={keyOf}
        onSelect={(row) => show(row.search)}
        onToggle={() => undefined}
        onMenu={(row) => setMenuFor(row.search.id)}
        renderRow={(row, props) => (
          <TreeItem
            key={row.search.id}
            {...props}
            depth={0}
            flat
            label={row.search.name}
            title={row.search.query}
            icon={<SavedSearchIcon />}
            selected={row.search.id === selectedId}
            onSelect={() => show(row.search)}
            menuOpen={menuFor === row.search.id}
            onMenuOpenChange={(open) => setMenuFor(open ? row.search.id : null)}
            menu={
              <>
                <DropdownMenu.Item className="menu-item" onSelect={() => setDialog({ kind: 'rename', search: row.search })}>
                  Rename…
                </DropdownMenu.Item>
                <DropdownMenu.Item className="menu-item menu-item-danger" onSelect={() => setDialog({ kind: 'delete', search: row.search })}>
                  Delete…
                </DropdownMenu.Item>
              </>
            }
          />
        )}
      />
      <NameDialog
        open={dialog?.kind === 'rename'}
        onOpenChange={(open) => !open && close()}
        title="Rename saved search"
        label="Name"
        initial={dialog?.search.name ?? ''}
        confirmLabel="Rename"
        pending={rename.isPending}
        returnFocus={returnFocus}
        onSubmit={(name) => {
          if (!dialog) return;
          const { search } = dialog;
          rename.mutate({ id: search.id, name }, { onSuccess: close });
        }}
      />
      <SmallDialog
        open={dialog?.kind === 'delete'}
        onOpenChange={(open) => !open && close()}
        title={`Delete the saved search “${dialog?.search.name ?? ''}”?`}
        description="Only the saved search goes; no clipping changes."
        confirmLabel="Delete"
        danger
        pending={remove.isPending}
        returnFocus={returnFocus}
        onConfirm={() => {
          if (!dialog) return;
          const { search } = dialog;
          remove.mutate(search, { onSuccess: close });
        }}
      />
    </SidebarSection>
  );
}
