import { useCallback, useMemo, useState } from 'react';
import type { Tag, TagColor } from '../../../shared/domain/tag';
import { SidebarTree } from '../sidebar/sidebar-tree';
import { TreeItem } from '../sidebar/tree-item';
import { TagDot } from './tag-dot';
import { TagMenuItems } from './tag-menu';
import { filterTagRows, visibleTagRows, type TagNode } from './tag-tree';

export type TagAction = 'rename' | 'merge' | 'delete';

interface Props {
  roots: TagNode[];
  filter: string;
  selectedPath: string | null;
  onSelect(path: string): void;
  onAction(action: TagAction, node: TagNode): void;
  onColor(tag: Tag, color: TagColor | null): void;
  focusRequest: number;
}

interface Row {
  node: TagNode;
  depth: number;
  expanded: boolean | undefined;
}

const keyOf = (row: Row) => row.node.path.toLowerCase();

/** The tag tree: open and close branches, select a tag, its menu; or the rows matching the filter. */
export function TagTreeView({ roots, filter, selectedPath, onSelect, onAction, onColor, focusRequest }: Props) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const rows = useMemo<Row[]>(() => {
    const shown = filter.trim() ? filterTagRows(roots, filter) : visibleTagRows(roots, expanded);
    return shown.map((row) => ({ ...row, expanded: row.node.children.length > 0 ? row.expanded : undefined }));
  }, [roots, filter, expanded]);

  const toggle = useCallback((row: Row, open: boolean) => {
    if (row.expanded === undefined) return;
    setExpanded((previous) => {
      const next = new Set(previous);
      if (open) next.add(keyOf(row));
      else next.delete(keyOf(row));
      return next;
    });
  }, []);

  const selectedKey = selectedPath?.toLowerCase() ?? null;
  return (
    <SidebarTree
      label="Tags"
      idPrefix="tag-row"
      rows={rows}
      rowKey={keyOf}
      onSelect={(row) => onSelect(row.node.path)}
      onToggle={toggle}
      onMenu={(row) => row.node.tag && setMenuFor(keyOf(row))}
      focusRequest={focusRequest}
      renderRow={(row, props) => {
        const { node } = row;
        const tag = node.tag;
        return (
          <TreeItem
            key={keyOf(row)}
            {...props}
            depth={row.depth}
            label={node.name}
            title={node.path}
            count={tag?.count ?? null}
            icon={<TagDot color={tag?.color ?? null} />}
            expanded={row.expanded}
            selected={keyOf(row) === selectedKey}
            onSelect={() => onSelect(node.path)}
            onToggle={(open) => toggle(row, open)}
            menuOpen={menuFor === keyOf(row)}
            onMenuOpenChange={(open) => setMenuFor(open ? keyOf(row) : null)}
            menu={
              tag && (
                <TagMenuItems
                  tag={tag}
                  onRename={() => onAction('rename', node)}
                  onMerge={() => onAction('merge', node)}
                  onColor={(color) => onColor(tag, color)}
                  onDelete={() => onAction('delete', node)}
                />
              )
            }
          />
        );
      }}
    />
  );
}
