import type { AnnotationExportFormat } from '../../../shared/domain/export';
import { useClipping } from '../clippings/use-clipping-queries';
import { ExportMenu, type ExportFormatChoice } from '../ui/export-menu';
import { useAnnotationsExport } from './use-annotations-export';

const FORMATS: Array<ExportFormatChoice<AnnotationExportFormat>> = [
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
  return (
    <ExportMenu
      formats={FORMATS}
      onChoose={(format) => clipping && exporting.mutate({ target: { clippingId: clipping.id, name: clipping.title }, format })}
      busy={exporting.isPending}
      disabled={clipping === null}
      title={clipping === null ? 'No annotations to export yet' : 'Save these annotations as a file'}
      className="button-small"
    />
  );
}
