import { useMutation } from '@tanstack/react-query';
import { useClient } from '../api/client-context';
import { errorMessage } from '../api/error-message';
import { ExportMenu, type ExportFormatChoice } from '../ui/export-menu';
import { saveFile } from '../ui/save-file';
import { useToast } from '../ui/toast-context';

const FORMATS: Array<ExportFormatChoice<'md' | 'html'>> = [
  { format: 'md', label: 'Markdown (.md)', hint: 'Aligned passages with CriticMarkup diff marks, quotes and sources' },
  { format: 'html', label: 'Web page (.html)', hint: 'One standalone file: the columns side by side, ready to print' },
];

/** Saves the comparison as it stands (these sources, in this order) as Markdown or one HTML file. */
export function CompareExportMenu({ ids, disabled }: { ids: readonly number[]; disabled: boolean }) {
  const client = useClient();
  const toast = useToast();
  const exporting = useMutation({
    mutationFn: (format: 'md' | 'html') => client.compare.export({ ids: [...ids], format }),
    onSuccess: (file) => saveFile(file),
    onError: (error) => toast.show({ kind: 'error', title: 'The comparison could not be exported', description: errorMessage(error) }),
  });
  return <ExportMenu formats={FORMATS} onChoose={(format) => exporting.mutate(format)} busy={exporting.isPending} disabled={disabled} title="Save this comparison as a file" />;
}
