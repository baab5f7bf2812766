import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { tagColors, type Tag, type TagColor } from '../../../shared/domain/tag';
import { tagColorLabels, TagDot } from './tag-dot';

interface Props {
  tag: Tag;
  onRename(): void;
  onMerge(): void;
  onColor(color: TagColor | null): void;
  onDelete(): void;
}

/** A tag's menu in the sidebar: rename, merge, colour, delete. */
export function TagMenuItems({ tag, onRename, onMerge, onColor, onDelete }: Props) {
  return (
    <>
      <DropdownMenu.Item className="menu-item" onSelect={onRename}>
        Rename…
      </DropdownMenu.Item>
      <DropdownMenu.Item className="menu-item" onSelect={onMerge}>
        Merge into…
      </DropdownMenu.Item>
      <DropdownMenu.Sub>
        <DropdownMenu.SubTrigger className="menu-item menu-sub-trigger">
          Colour
          <TagDot color={tag.color} />
        </DropdownMenu.SubTrigger>
        <DropdownMenu.Portal>
          <DropdownMenu.SubContent className="menu sidebar-menu colour-menu" sideOffset={2} collisionPadding={8}>
            <DropdownMenu.RadioGroup value={tag.color ?? 'none'} onValueChange={(value) => onColor(value === 'none' ? null : (value as TagColor))}>
              <DropdownMenu.RadioItem value="none" className="menu-item">
                <DropdownMenu.ItemIndicator className="menu-indicator">•</DropdownMenu.ItemIndicator>
                <TagDot color={null} />
                No colour
              </DropdownMenu.RadioItem>
              {tagColors.map((color) => (
                <DropdownMenu.RadioItem key={color} value={color} className="menu-item">
                  <DropdownMenu.ItemIndicator className="menu-indicator">•</DropdownMenu.ItemIndicator>
                  <TagDot color={color} />
                  {tagColorLabels[color]}
                </DropdownMenu.RadioItem>
              ))}
            </DropdownMenu.RadioGroup>
          </DropdownMenu.SubContent>
        </DropdownMenu.Portal>
      </DropdownMenu.Sub>
      <DropdownMenu.Separator className="menu-separator" />
      <DropdownMenu.Item className="menu-item menu-item-danger" onSelect={onDelete}>
        Delete…
      </DropdownMenu.Item>
    </>
  );
}
