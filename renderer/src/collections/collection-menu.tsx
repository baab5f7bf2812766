import * as DropdownMenu from '@radix-ui/react-dropdown-menu';

interface Props {
  onNewChild(): void;
  onRename(): void;
  onDelete(): void;
}

export function CollectionMenuItems({ onNewChild, onRename, onDelete }: Props) {
  return (
    <>
      <DropdownMenu.Item className="menu-item" onSelect={onNewChild}>
        New sub-collection…
      </DropdownMenu.Item>
      <DropdownMenu.Item className="menu-item" onSelect={onRename}>
        Rename…
      </DropdownMenu.Item>
      <DropdownMenu.Separator className="menu-separator" />
      <DropdownMenu.Item className="menu-item menu-item-danger" onSelect={onDelete}>
        Delete…
      </DropdownMenu.Item>
    </>
  );
}
