import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { memo, type DragEvent, type ReactNode } from 'react';
import { ChevronRightIcon, MoreIcon } from './sidebar-icons';
import { TREE_ROW_HEIGHT, type TreeRowProps } from './sidebar-tree';

export interface DropHandlers {
  onDragEnter(event: DragEvent<HTMLElement>): void;
  onDragOver(event: DragEvent<HTMLElement>): void;
  onDragLeave(event: DragEvent<HTMLElement>): void;
  onDrop(event: DragEvent<HTMLElement>): void;
}

interface Props extends TreeRowProps {
  depth: number;
  label: string;
  count?: number | null;
  /** Decoration before the label: an icon or a colour dot. */
  icon?: ReactNode;
  /** undefined: no children. */
  expanded?: boolean;
  /** A plain list (no level has children): no room kept for a disclosure triangle. */
  flat?: boolean;
  selected: boolean;
  title?: string;
  onSelect(): void;
  onToggle?(open: boolean): void;
  /** The row's menu items; opened by right-click, Shift+F10 or the … button. */
  menu?: ReactNode;
  menuOpen?: boolean;
  onMenuOpenChange?(open: boolean): void;
  drop?: DropHandlers;
  dropActive?: boolean;
}

const INDENT = 14;

/** One row of a sidebar tree: disclosure, icon, name, count, and its menu. */
export const TreeItem = memo(function TreeItem(props: Props) {
  const { domId, index, tabStop, top, onFocusRow, depth, label, count, icon, expanded, flat, selected, title, onSelect, onToggle, menu, menuOpen = false, onMenuOpenChange, drop, dropActive } = props;
  const countId = `${domId}-count`;
  return (
    <div
      id={domId}
      role="treeitem"
      aria-level={depth + 1}
      aria-expanded={expanded}
      aria-selected={selected}
      aria-label={label}
      aria-describedby={count == null ? undefined : countId}
      data-index={index}
      data-drop={dropActive ? '' : undefined}
      data-menu={menuOpen ? '' : undefined}
      data-flat={flat ? '' : undefined}
      tabIndex={tabStop ? 0 : -1}
      title={title}
      className="tree-item"
      style={{ transform: `translateY(${top}px)`, height: TREE_ROW_HEIGHT, paddingLeft: (flat ? 8 : 4) + depth * INDENT }}
      onClick={onSelect}
      onFocus={(event) => event.target === event.currentTarget && onFocusRow(index)}
      onContextMenu={(event) => {
        if (!menu) return;
        event.preventDefault();
        // Shift+F10 fires this too, after the tree's key handler opened the menu.
        if (menuOpen) return;
        event.currentTarget.focus();
        onMenuOpenChange?.(true);
      }}
      {...drop}
    >
      {flat ? null : expanded === undefined ? (
        <span className="tree-twisty" aria-hidden="true" />
      ) : (
        <span
          className="tree-twisty"
          data-open={expanded ? '' : undefined}
          aria-hidden="true"
          onClick={(event) => {
            event.stopPropagation();
            onToggle?.(!expanded);
          }}
        >
          <ChevronRightIcon />
        </span>
      )}
      {icon}
      <span className="tree-label">{label}</span>
      {count != null && (
        <span id={countId} className="sidebar-count">
          {count.toLocaleString()}
          <span className="visually-hidden">{count === 1 ? ' clipping' : ' clippings'}</span>
        </span>
      )}
      {menu && (
        <DropdownMenu.Root open={menuOpen} onOpenChange={onMenuOpenChange}>
          <DropdownMenu.Trigger asChild>
            <button type="button" className="tree-more" tabIndex={-1} aria-label={`Actions for ${label}`} onClick={(event) => event.stopPropagation()}>
              <MoreIcon />
            </button>
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content
              className="menu sidebar-menu"
              side="right"
              align="start"
              sideOffset={4}
              collisionPadding={8}
              onCloseAutoFocus={(event) => {
                // Back to the row, not the … button, so the arrows keep working.
                event.preventDefault();
                document.getElementById(domId)?.focus({ preventScroll: true });
              }}
            >
              {menu}
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      )}
    </div>
  );
});
