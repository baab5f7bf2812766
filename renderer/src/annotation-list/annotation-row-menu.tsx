import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { MoreIcon } from '../sidebar/sidebar-icons';

export type AnnotationRowAction = 'addToNote' | 'show' | 'delete';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** "Add to note" is offered only when there are words to quote (not a page note, not an orphan). */
  canQuote: boolean;
  onAction(action: AnnotationRowAction): void;
  /** The listbox: focus goes back there when the menu closes, so the arrows keep working. */
  onCloseFocus(): void;
}

/** A row's menu: the … button, right-click, or Shift+F10 / the menu key on the current row. */
export function AnnotationRowMenu({ open, onOpenChange, canQuote, onAction, onCloseFocus }: Props) {
  return (
    <DropdownMenu.Root open={open} onOpenChange={onOpenChange}>
      <DropdownMenu.Trigger asChild>
        <button
          type="button"
          className="ann-row-more"
          tabIndex={-1}
          aria-label="Actions for this annotation"
          // The row would take the press as a click on itself.
          onClick={(event) => event.stopPropagation()}
          onDoubleClick={(event) => event.stopPropagation()}
        >
          <MoreIcon />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="menu sidebar-menu"
          align="end"
          sideOffset={4}
          collisionPadding={8}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            onCloseFocus();
          }}
        >
          <DropdownMenu.Item className="menu-item" disabled={!canQuote} onSelect={() => onAction('addToNote')}>
            Add to note
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={() => onAction('show')}>
            Show in reader
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item className="menu-item menu-item-danger" onSelect={() => onAction('delete')}>
            Delete
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
