import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { noteExportFormats, type CitationStyleName, type ExportedFile, type NoteExportFormat } from '../../../shared/domain/export';
import { useClient } from '../api/client-context';
import { errorMessage } from '../api/error-message';
import { ExportMenu, type ExportFormatChoice } from '../ui/export-menu';
import { saveFile } from '../ui/save-file';
import { useToast } from '../ui/toast-context';
import type { NoteSession } from './note-session';

const LABELS: Record<NoteExportFormat, { label: string; hint: string }> = {
  md: { label: 'Markdown (.md)', hint: 'CommonMark with footnotes; a later export replaces this file by its note id' },
  html: { label: 'Web page (.html)', hint: 'One standalone styled page' },
  docx: { label: 'Word (.docx)', hint: 'Headings, lists, tables, quotes, and footnotes for the citations' },
  pdf: { label: 'PDF (.pdf)', hint: 'The web page, printed' },
};
const FORMATS: Array<ExportFormatChoice<NoteExportFormat>> = noteExportFormats.map((format) => ({ format, ...LABELS[format] }));

const STYLES: Array<{ style: CitationStyleName | null; label: string }> = [
  { style: 'chicago', label: 'Chicago (notes and bibliography)' },
  { style: 'apa', label: 'APA 7' },
  { style: null, label: 'None (Chicago footnotes)' },
];

/** The note as a file, in each format the core exports (PDF appears when the core offers it), with a bibliography style. */
export function NoteExportMenu({ noteId, session }: { noteId: number; session: NoteSession }) {
  const client = useClient();
  const toast = useToast();
  const [style, setStyle] = useState<CitationStyleName | null>('chicago');
  const exporting = useMutation({
    mutationFn: async (format: NoteExportFormat) => {
      await session.flush(); // the export reads the stored note: the last keystrokes first
      return client.notes.export({ id: noteId, format, bibliography: style });
    },
    onSuccess: (file) => saveFile(fileContent(file)),
    onError: (error) => toast.show({ kind: 'error', title: 'The note could not be exported', description: errorMessage(error) }),
  });

  return (
    <ExportMenu formats={FORMATS} onChoose={(format) => exporting.mutate(format)} busy={exporting.isPending} title="Save this note as a file" className="note-export" formatsHeading="Format">
      <DropdownMenu.Separator className="menu-separator" />
      <DropdownMenu.Label className="menu-label">Bibliography</DropdownMenu.Label>
      <DropdownMenu.RadioGroup value={style ?? 'none'} onValueChange={(value) => setStyle(value === 'none' ? null : (value as CitationStyleName))}>
        {STYLES.map(({ style: value, label }) => (
          <DropdownMenu.RadioItem key={value ?? 'none'} value={value ?? 'none'} className="menu-item" onSelect={(event) => event.preventDefault()}>
            <DropdownMenu.ItemIndicator className="menu-indicator">✓</DropdownMenu.ItemIndicator>
            {label}
          </DropdownMenu.RadioItem>
        ))}
      </DropdownMenu.RadioGroup>
    </ExportMenu>
  );
}

/** Text as it is; base64 (DOCX, PDF) as its bytes. */
export function fileContent(file: ExportedFile): { fileName: string; mediaType: string; content: string | Uint8Array } {
  if (file.encoding === 'utf8') return file;
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return { fileName: file.fileName, mediaType: file.mediaType, content: bytes };
}
