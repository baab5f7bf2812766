import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useMutation } from '@tanstack/react-query';
import { useClient } from '../api/client-context';
import { errorMessage } from '../api/error-message';
import { ChevronDownIcon } from '../ui/icons';
import { saveFile } from '../ui/save-file';
import { useToast } from '../ui/toast-context';

const FORMATS = [
  { format: 'md', label: 'Markdown (.md)', hint: 'Aligned passages with CriticMarkup diff marks, quotes and sources' },
  { format: 'html', label: 'Web page (.html)', hint: 'One standalone file: the columns side by side, ready to print' },
] as const;

/** Saves the comparison as it stands (these sources, in this order) as Markdown or one HTML file. */
export function ExportMenu({ ids, disabled }: { ids: readonly number[]; disabled: boolean }) {
  const client = useClient();
  const toast = useToast();
  const exporting = useMutation({
    mutationFn: (format: 'md' | 'html') => client.compare.export({ ids: [...ids], format }),
    onSuccess: (file) => saveFile(file),
    onError: (error) => toast.show({ kind: 'error', title: 'The comparison could not be exported', description: errorMessage(error) }),
  });

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <button type="button" className="button button-quiet" disabled={disabled || exporting.isPending} title="Save this comparison as a file">
          {exporting.isPending ? 'Exporting…' : 'Export'}
          <ChevronDownIcon />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4} collisionPadding={8}>
          {FORMATS.map(({ format, label, hint }) => (
            <DropdownMenu.Item key={format} className="menu-item" title={hint} onSelect={() => exporting.mutate(format)}>
              {label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
