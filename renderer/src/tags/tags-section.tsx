import { useMemo, useState } from 'react';
import type { Tag } from '../../../shared/domain/tag';
import { useTags } from '../library/use-library-queries';
import { NameDialog } from '../sidebar/name-dialog';
import { SidebarEmpty, SidebarSection } from '../sidebar/sidebar-section';
import { treeTabStop } from '../sidebar/sidebar-tree';
import { useScope } from '../sidebar/use-scope';
import { TagDeleteDialog } from './tag-delete-dialog';
import { TagMergeDialog } from './tag-merge-dialog';
import { TagRenameDialog } from './tag-rename-dialog';
import { isInBranch, movedTagPath } from './tag-scope';
import { buildTagTree, descendantCount, type TagNode } from './tag-tree';
import { TagTreeView, type TagAction } from './tag-tree-view';
import { useColorTag, useCreateTag } from './use-tag-mutations';

type Dialog =
  | { kind: 'new' }
  | { kind: 'rename'; tag: Tag }
  | { kind: 'merge'; source: Tag; target: Tag | null; subTags: number }
  | { kind: 'delete'; tag: Tag; subTags: number };

const returnFocus = () => treeTabStop('Tags');

/** The tag pane: a filter, the tree with counts, and what its menu opens. */
export function TagsSection() {
  const tags = useTags();
  const all = tags.data ?? [];
  const roots = useMemo(() => buildTagTree(tags.data ?? []), [tags.data]);
  const { scope, setScope } = useScope();
  const [filter, setFilter] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const color = useColorTag();
  const create = useCreateTag();
  const close = () => setDialog(null);
  const selectedPath = scope.kind === 'tag' ? scope.path : null;

  const onAction = (action: TagAction, node: TagNode) => {
    if (!node.tag) return;
    const subTags = descendantCount(node);
    if (action === 'rename') setDialog({ kind: 'rename', tag: node.tag });
    else if (action === 'merge') setDialog({ kind: 'merge', source: node.tag, target: null, subTags });
    else setDialog({ kind: 'delete', tag: node.tag, subTags });
  };

  // The list follows a tag it shows when the tag moves, and leaves one that is gone.
  const followMove = (from: string, to: string) => {
    const moved = selectedPath === null ? null : movedTagPath(selectedPath, from, to);
    if (moved) setScope({ kind: 'tag', path: moved });
  };

  return (
    <SidebarSection title="Tags" add={{ label: 'New tag…', run: () => setDialog({ kind: 'new' }) }}>
      {all.length > 0 && (
        <div className="sidebar-filter">
          <input
            type="search"
            className="input sidebar-filter-input"
            aria-label="Filter tags"
            placeholder="Filter tags"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') {
                event.preventDefault();
                setFocusRequest((n) => n + 1);
              }
            }}
          />
        </div>
      )}
      {tags.isSuccess && all.length === 0 && <SidebarEmpty>No tags yet. Select clippings and press T to tag them.</SidebarEmpty>}
      {all.length > 0 && filter.trim() !== '' && !all.some((tag) => tag.path.toLowerCase().includes(filter.trim().toLowerCase())) && (
        <SidebarEmpty>No tag contains “{filter.trim()}”.</SidebarEmpty>
      )}
      <TagTreeView
        roots={roots}
        filter={filter}
        selectedPath={selectedPath}
        onSelect={(path) => setScope({ kind: 'tag', path })}
        onAction={onAction}
        onColor={(tag, value) => color.mutate({ id: tag.id, color: value })}
        focusRequest={focusRequest}
      />
      <NameDialog
        open={dialog?.kind === 'new'}
        onOpenChange={(open) => !open && close()}
        title="New tag"
        description="Use / to place it under another tag, as in DPRK/youth."
        label="Path"
        confirmLabel="Create"
        pending={create.isPending}
        onSubmit={(path) => create.mutate(path, { onSuccess: close })}
      />
      <TagRenameDialog
        tag={dialog?.kind === 'rename' ? dialog.tag : null}
        tags={all}
        onClose={close}
        onRenamed={(from, to) => followMove(from.path, to.path)}
        onMergeInstead={(source, target) => {
          const node = roots.length ? findNode(roots, source.path) : null;
          setDialog({ kind: 'merge', source, target, subTags: node ? descendantCount(node) : 0 });
        }}
        returnFocus={returnFocus}
      />
      <TagMergeDialog
        merge={dialog?.kind === 'merge' ? dialog : null}
        subTags={dialog?.kind === 'merge' ? dialog.subTags : 0}
        tags={all}
        onClose={close}
        onMerged={(source, target) => followMove(source.path, target.path)}
        returnFocus={returnFocus}
      />
      <TagDeleteDialog
        target={dialog?.kind === 'delete' ? dialog : null}
        onClose={close}
        onDeleted={(tag) => selectedPath !== null && isInBranch(selectedPath, tag.path) && setScope({ kind: 'library' })}
        returnFocus={returnFocus}
      />
    </SidebarSection>
  );
}

function findNode(nodes: readonly TagNode[], path: string): TagNode | null {
  const key = path.toLowerCase();
  for (const node of nodes) {
    if (node.path.toLowerCase() === key) return node;
    if (key.startsWith(`${node.path.toLowerCase()}/`)) return findNode(node.children, path);
  }
  return null;
}
