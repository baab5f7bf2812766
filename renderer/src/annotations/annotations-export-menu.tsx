import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { AnnotationExportFormat } from '../../../shared/domain/export';
import { useClipping } from '../clippings/use-clipping-queries';
import { ChevronDownIcon } from '../ui/icons';
import { useAnnotationsExport } from './use-annotations-export';

const FORMATS: Array<{ format: AnnotationExportFormat; label: string; hint: string }> = [
  { format: 'md', label: 'Annotations as Markdown', hint: 'Each annotation with its quote, comment, kind, speaker and tags, under the clipping’s outlet, date and link' },
  { format: 'csv', label: 'Annotations as CSV', hint: 'One row per annotation, for a spreadsheet' },
];

interface Props {
  /** The clipping the annotations are of; null while it has none, when there is nothing to export. */
  clippingId: number | null;
}

/** The Annotations panel's Export menu: this clipping's annotations as a file. */
export function AnnotationsExportMenu({ clippingId }: Props) {
  const exporting = useAnnotationsExport();
  // The reader has loaded it: its title names the export in the messages.
  const loaded = useClipping(clippingId).data;
  const clipping = clippingId === null ? null : { id: clippingId, title: loaded?.title ?? 'this clipping' };
  const disabled = clipping === null || exporting.isPending;
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <button
          type="button"
          className="button button-quiet button-small"
          disabled={disabled}
          aria-busy={exporting.isPending}
          title={clipping === null ? 'No annotations to export yet' : 'Save these annotations as a file'}
        >
          {exporting.isPending ? <span className="note-spinner" aria-hidden /> : null}
          {exporting.isPending ? 'Exporting…' : 'Export'}
          <ChevronDownIcon />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4} collisionPadding={8}>
          {FORMATS.map(({ format, label, hint }) => (
            <DropdownMenu.Item
              key={format}
              className="menu-item"
              title={hint}
              onSelect={() => clipping && exporting.mutate({ target: { clippingId: clipping.id, name: clipping.title }, format })}
            >
              {label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
