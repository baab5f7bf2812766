/** A file made by an export, for the caller to save (the desktop's save dialog, a browser download, the CLI's --out). */
export interface ExportedFile {
  /** A suggested name: letters, digits and dashes, at most 100 characters, with the format's extension. */
  fileName: string;
  mediaType: string;
  /** The file's text (Markdown, HTML, CSV), or its bytes as base64 (DOCX, PDF). */
  content: string;
  encoding: 'utf8' | 'base64';
}

export const noteExportFormats = ['md', 'html', 'docx', 'pdf'] as const;
export type NoteExportFormat = (typeof noteExportFormats)[number];

export const annotationExportFormats = ['md', 'csv'] as const;
export type AnnotationExportFormat = (typeof annotationExportFormats)[number];

/** The citation styles of an exported note's footnotes and bibliography. */
export const citationStyles = ['chicago', 'apa'] as const;
export type CitationStyleName = (typeof citationStyles)[number];
