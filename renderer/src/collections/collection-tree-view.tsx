import { useMemo, useState } from 'react';
import { SidebarTree } from '../sidebar/sidebar-tree';
import { FolderIcon } from '../sidebar/sidebar-icons';
import { TreeItem } from '../sidebar/tree-item';
import { CollectionMenuItems } from './collection-menu';
import { visibleCollectionRows, type CollectionNode } from './collection-tree';
import { useCollectionDrop } from './use-collection-drop';

export type CollectionAction = 'new-child' | 'rename' | 'delete';

interface Props {
  roots: CollectionNode[];
  expanded: ReadonlySet<number>;
  onExpandedChange(id: number, open: boolean): void;
  selectedId: number | null;
  onSelect(node: CollectionNode): void;
  onAction(action: CollectionAction, node: CollectionNode): void;
}

interface Row {
  node: CollectionNode;
  depth: number;
  expanded: boolean | undefined;
}

const keyOf = (row: Row) => String(row.node.collection.id);

/** Collections, nested; clippings dragged from the list drop onto them. */
export function CollectionTreeView({ roots, expanded, onExpandedChange, selectedId, onSelect, onAction }: Props) {
  const [menuFor, setMenuFor] = useState<number | null>(null);
  const drop = useCollectionDrop();
  const rows = useMemo<Row[]>(
    () => visibleCollectionRows(roots, expanded).map((row) => ({ ...row, expanded: row.node.children.length > 0 ? row.expanded : undefined })),
    [roots, expanded],
  );

  return (
    <SidebarTree
      label="Collections"
      idPrefix="collection-row"
      rows={rows}
      rowKey={keyOf}
      onSelect={(row) => onSelect(row.node)}
      onToggle={(row, open) => row.expanded !== undefined && onExpandedChange(row.node.collection.id, open)}
      onMenu={(row) => setMenuFor(row.node.collection.id)}
      renderRow={(row, props) => {
        const { collection } = row.node;
        return (
          <TreeItem
            key={collection.id}
            {...props}
            depth={row.depth}
            label={collection.name}
            count={collection.count}
            icon={<FolderIcon />}
            expanded={row.expanded}
            selected={collection.id === selectedId}
            onSelect={() => onSelect(row.node)}
            onToggle={(open) => onExpandedChange(collection.id, open)}
            menuOpen={menuFor === collection.id}
            onMenuOpenChange={(open) => setMenuFor(open ? collection.id : null)}
            menu={
              <CollectionMenuItems
                collection={collection}
                onNewChild={() => onAction('new-child', row.node)}
                onRename={() => onAction('rename', row.node)}
                onDelete={() => onAction('delete', row.node)}
              />
            }
            drop={drop.handlersFor(collection)}
            dropActive={drop.over === collection.id}
          />
        );
      }}
    />
  );
}
