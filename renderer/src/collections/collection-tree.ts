import type { Collection } from '../../../shared/domain/collection';

/** A collection with those nested in it, A to Z at each level. */
export interface CollectionNode {
  collection: Collection;
  children: CollectionNode[];
}

export interface CollectionRow {
  node: CollectionNode;
  depth: number;
  expanded: boolean;
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A collection whose parent is missing from the list is shown at the top rather than lost. */
export function buildCollectionTree(collections: readonly Collection[]): CollectionNode[] {
  const nodes = new Map(collections.map((collection) => [collection.id, { collection, children: [] as CollectionNode[] }]));
  const roots: CollectionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.collection.parentId === null ? undefined : nodes.get(node.collection.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: CollectionNode[]) => {
    list.sort((a, b) => byName.compare(a.collection.name, b.collection.name));
    list.forEach((node) => sort(node.children));
  };
  sort(roots);
  return roots;
}

export function visibleCollectionRows(roots: readonly CollectionNode[], expanded: ReadonlySet<number>): CollectionRow[] {
  const rows: CollectionRow[] = [];
  const walk = (nodes: readonly CollectionNode[], depth: number) => {
    for (const node of nodes) {
      const open = node.children.length > 0 && expanded.has(node.collection.id);
      rows.push({ node, depth, expanded: open });
      if (open) walk(node.children, depth + 1);
    }
  };
  walk(roots, 0);
  return rows;
}

/** How many collections are nested (at any depth) in this one. */
export function nestedCount(node: CollectionNode): number {
  return node.children.reduce((sum, child) => sum + 1 + nestedCount(child), 0);
}

/** The ids of the collection and all nested in it. */
export function subtreeIds(node: CollectionNode): number[] {
  return [node.collection.id, ...node.children.flatMap(subtreeIds)];
}

export function findCollection(roots: readonly CollectionNode[], id: number): CollectionNode | null {
  for (const node of roots) {
    if (node.collection.id === id) return node;
    const found = findCollection(node.children, id);
    if (found) return found;
  }
  return null;
}
