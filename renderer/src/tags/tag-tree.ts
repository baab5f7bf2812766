import { TAG_PATH_SEPARATOR, type Tag } from '../../../shared/domain/tag';

/**
 * The tag pane's tree, built from paths (`DPRK`, `DPRK/youth`). Paths match whatever
 * their case, as in the core. An ancestor missing from the list (it should not be)
 * is shown as a plain node without a tag, so its children are never lost.
 */
export interface TagNode {
  path: string;
  name: string;
  tag: Tag | null;
  children: TagNode[];
}

/** One visible line of the tree, in display order. */
export interface TagRow {
  node: TagNode;
  depth: number;
  expanded: boolean;
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function buildTagTree(tags: readonly Tag[]): TagNode[] {
  const nodes = new Map<string, TagNode>();
  const roots: TagNode[] = [];
  const nodeAt = (path: string): TagNode => {
    const key = path.toLowerCase();
    const known = nodes.get(key);
    if (known) return known;
    const cut = path.lastIndexOf(TAG_PATH_SEPARATOR);
    const node: TagNode = { path, name: path.slice(cut + 1), tag: null, children: [] };
    nodes.set(key, node);
    (cut === -1 ? roots : nodeAt(path.slice(0, cut)).children).push(node);
    return node;
  };
  for (const tag of tags) {
    const node = nodeAt(tag.path);
    node.tag = tag;
    node.path = tag.path;
    node.name = tag.name;
  }
  sortTree(roots);
  return roots;
}

function sortTree(nodes: TagNode[]): void {
  nodes.sort((a, b) => byName.compare(a.name, b.name));
  for (const node of nodes) if (node.children.length > 0) sortTree(node.children);
}

/** The lines to show: children of expanded nodes only (keys are lower-case paths). */
export function visibleTagRows(roots: readonly TagNode[], expanded: ReadonlySet<string>): TagRow[] {
  const rows: TagRow[] = [];
  const walk = (nodes: readonly TagNode[], depth: number) => {
    for (const node of nodes) {
      const open = node.children.length > 0 && expanded.has(node.path.toLowerCase());
      rows.push({ node, depth, expanded: open });
      if (open) walk(node.children, depth + 1);
    }
  };
  walk(roots, 0);
  return rows;
}

/**
 * The tree cut down to tags whose path contains `text` (any case), with the
 * ancestors that lead to them, shown open. A path contains its parent's, so the
 * tags below a match are matches too: typing `DPRK` shows that whole branch.
 */
export function filterTagRows(roots: readonly TagNode[], text: string): TagRow[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [];
  const rows: TagRow[] = [];
  const walk = (nodes: readonly TagNode[], depth: number): void => {
    for (const node of nodes) {
      const at = rows.length;
      rows.push({ node, depth, expanded: false });
      walk(node.children, depth + 1);
      if (rows.length > at + 1) rows[at] = { node, depth, expanded: true };
      else if (!node.path.toLowerCase().includes(needle)) rows.pop();
    }
  };
  walk(roots, 0);
  return rows;
}

/** Every path at or below a node, lower-cased: for expanding or collapsing a whole branch. */
export function branchKeys(node: TagNode): string[] {
  const keys: string[] = [];
  const walk = (current: TagNode) => {
    if (current.children.length === 0) return;
    keys.push(current.path.toLowerCase());
    current.children.forEach(walk);
  };
  walk(node);
  return keys;
}

/** How many tags lie below a node (for "and its 3 sub-tags"). */
export function descendantCount(node: TagNode): number {
  return node.children.reduce((sum, child) => sum + 1 + descendantCount(child), 0);
}

/** The parent's path, or null at the top. */
export function parentPath(path: string): string | null {
  const cut = path.lastIndexOf(TAG_PATH_SEPARATOR);
  return cut === -1 ? null : path.slice(0, cut);
}
