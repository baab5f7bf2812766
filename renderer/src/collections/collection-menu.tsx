import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { Collection } from '../../../shared/domain/collection';
import type { AnnotationExportFormat } from '../../../shared/domain/export';
import { useAnnotationsExport } from '../annotations/use-annotations-export';

interface Props {
  collection: Collection;
  onNewChild(): void;
  onRename(): void;
  onDelete(): void;
}

const EXPORT_FORMATS: Array<{ format: AnnotationExportFormat; label: string; hint: string }> = [
  { format: 'md', label: 'Markdown', hint: 'Grouped by clipping: quote, comment, kind, speaker, tags and link' },
  { format: 'csv', label: 'CSV', hint: 'One row per annotation, for a spreadsheet' },
];

export function CollectionMenuItems({ collection, onNewChild, onRename, onDelete }: Props) {
  const exporting = useAnnotationsExport();
  return (
    <>
      <DropdownMenu.Item className="menu-item" onSelect={onNewChild}>
        New sub-collection…
      </DropdownMenu.Item>
      <DropdownMenu.Item className="menu-item" onSelect={onRename}>
        Rename…
      </DropdownMenu.Item>
      <DropdownMenu.Sub>
        <DropdownMenu.SubTrigger className="menu-item menu-sub-trigger" title="The annotations of the clippings in this collection itself">
          Export annotations
        </DropdownMenu.SubTrigger>
        <DropdownMenu.Portal>
          <DropdownMenu.SubContent className="menu sidebar-menu" sideOffset={2} collisionPadding={8}>
            {EXPORT_FORMATS.map(({ format, label, hint }) => (
              <DropdownMenu.Item
                key={format}
                className="menu-item"
                title={hint}
                onSelect={() => exporting.mutate({ target: { collectionId: collection.id, name: collection.path }, format })}
              >
                {label}
              </DropdownMenu.Item>
            ))}
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
