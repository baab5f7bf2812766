import { useEffect, useMemo, useState } from 'react';
import type { Collection } from '../../../shared/domain/collection';
import { useCollections } from '../library/use-library-queries';
import { NameDialog } from '../sidebar/name-dialog';
import { SidebarEmpty, SidebarSection } from '../sidebar/sidebar-section';
import { treeTabStop } from '../sidebar/sidebar-tree';
import { SmallDialog } from '../ui/small-dialog';
import { useScope } from '../sidebar/use-scope';
import { buildCollectionTree, nestedCount, type CollectionNode } from './collection-tree';
import { CollectionTreeView, type CollectionAction } from './collection-tree-view';
import { useCreateCollection, useDeleteCollection, useRenameCollection } from './use-collection-mutations';

type Dialog = { kind: 'new'; parent: Collection | null } | { kind: 'rename'; collection: Collection } | { kind: 'delete'; node: CollectionNode };

const returnFocus = () => treeTabStop('Collections');

const scopeOf = ({ id, name, path }: Collection) => ({ kind: 'collection' as const, id, name, path });

/** The analyst's dossiers: nested, with counts; create, rename, delete; drop clippings on them. */
export function CollectionsSection() {
  const collections = useCollections();
  const roots = useMemo(() => buildCollectionTree(collections.data ?? []), [collections.data]);
  const { scope, setScope } = useScope();
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const create = useCreateCollection();
  const rename = useRenameCollection();
  const remove = useDeleteCollection();
  const close = () => setDialog(null);
  const selectedId = scope.kind === 'collection' ? scope.id : null;

  // The list follows a collection it shows when it (or one above it) is renamed, and leaves one that is gone.
  useEffect(() => {
    if (scope.kind !== 'collection' || !collections.data) return;
    const current = collections.data.find((collection) => collection.id === scope.id);
    if (!current) setScope({ kind: 'library' });
    else if (current.name !== scope.name || current.path !== scope.path) setScope(scopeOf(current));
  }, [collections.data, scope, setScope]);

  const setOpen = (id: number, open: boolean) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });

  const onAction = (action: CollectionAction, node: CollectionNode) => {
    if (action === 'new-child') setDialog({ kind: 'new', parent: node.collection });
    else if (action === 'rename') setDialog({ kind: 'rename', collection: node.collection });
    else setDialog({ kind: 'delete', node });
  };

  const newParent = dialog?.kind === 'new' ? dialog.parent : null;
  const deleting = dialog?.kind === 'delete' ? dialog.node : null;
  const nested = deleting ? nestedCount(deleting) : 0;

  return (
    <SidebarSection title="Collections" add={{ label: 'New collection…', run: () => setDialog({ kind: 'new', parent: null }) }}>
      {collections.isSuccess && roots.length === 0 && <SidebarEmpty>No collections yet.</SidebarEmpty>}
      <CollectionTreeView
        roots={roots}
        expanded={expanded}
        onExpandedChange={setOpen}
        selectedId={selectedId}
        onSelect={({ collection }) => setScope(scopeOf(collection))}
        onAction={onAction}
      />
      <NameDialog
        open={dialog?.kind === 'new'}
        onOpenChange={(open) => !open && close()}
        title={newParent ? `New collection in “${newParent.name}”` : 'New collection'}
        label="Name"
        confirmLabel="Create"
        pending={create.isPending}
        returnFocus={returnFocus}
        onSubmit={(name) =>
          create.mutate(
            { name, parentId: newParent?.id ?? null },
            {
              onSuccess: () => {
                if (newParent) setOpen(newParent.id, true);
                close();
              },
            },
          )
        }
      />
      <NameDialog
        open={dialog?.kind === 'rename'}
        onOpenChange={(open) => !open && close()}
        title="Rename collection"
        label="Name"
        initial={dialog?.kind === 'rename' ? dialog.collection.name : ''}
        confirmLabel="Rename"
        pending={rename.isPending}
        returnFocus={returnFocus}
        onSubmit={(name) => {
          if (dialog?.kind !== 'rename') return;
          const { id } = dialog.collection;
          rename.mutate({ id, name }, { onSuccess: close });
        }}
      />
      <SmallDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && close()}
        title={deleting ? `Delete the collection “${deleting.collection.name}”?` : 'Delete collection'}
        description={
          nested > 0
            ? `The ${nested === 1 ? 'collection' : `${nested.toLocaleString()} collections`} nested in it ${nested === 1 ? 'goes' : 'go'} too. The clippings stay in the library.`
            : 'The clippings in it stay in the library.'
        }
        confirmLabel="Delete"
        danger
        pending={remove.isPending}
        returnFocus={returnFocus}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate({ id: deleting.collection.id, name: deleting.collection.name }, { onSuccess: close });
        }}
      />
    </SidebarSection>
  );
}
