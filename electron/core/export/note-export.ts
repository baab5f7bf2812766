import type { ExportedFile, NoteExportFormat } from '../../../shared/domain/export';
import type { CitedWork } from '../../../shared/notes/csl-item';
import type { ClippingsRepo } from '../clippings/clippings-repo';
import type { CollectionsRepo } from '../collections/collections-repo';
import type { NotesRepo } from '../notes/notes-repo';
import type { CitationStyle } from './citations/bibliography';
import { exportFileName } from './export-file-name';
import { noteHtml } from './note-html';
import { noteMarkdown } from './note-markdown';
import type { PdfPrinter } from './note-pdf';
import { prepareNote, type PreparedNote } from './prepared-note';

export interface NoteExportDeps {
  notes: NotesRepo;
  clippings: ClippingsRepo;
  collections: CollectionsRepo;
  /** Prints PDFs (the desktop shell's Electron); without it, Chromium found on this machine. */
  printToPdf?: PdfPrinter;
}

export interface NoteExportOptions {
  /** A bibliography in this style ends the note (and the footnotes take the style); null: none, Chicago footnotes. */
  bibliography?: CitationStyle | null;
  now?: Date;
}

/**
 * A stored note made ready to export: its document, its collections' paths, and what
 * each cited clipping still in the library says about itself (byline, dates, address);
 * a clipping deleted since is cited from what the note stored when it was cited.
 */
export function loadPreparedNote(deps: NoteExportDeps, id: number, options: NoteExportOptions = {}): PreparedNote {
  const note = deps.notes.get(id);
  const paths = new Map(deps.collections.list().map((collection) => [collection.id, collection.path]));
  const works = new Map<number, CitedWork>();
  for (const clipping of deps.clippings.summaries([...new Set(note.citations.map((citation) => citation.clippingId))])) {
    works.set(clipping.id, {
      clippingId: clipping.id,
      headline: clipping.meta.title ?? clipping.title,
      outlet: clipping.outletName ?? clipping.meta.outlet ?? clipping.meta.siteDomain,
      authors: clipping.meta.authors,
      published: clipping.meta.published,
      url: clipping.meta.canonicalUrl ?? clipping.sourceUrl,
      captured: clipping.createdAt,
    });
  }
  return prepareNote(
    {
      id: note.id,
      title: note.title,
      createdAt: note.createdAt,
      updatedAt: note.updatedAt,
      collections: note.collectionIds.map((collectionId) => paths.get(collectionId) ?? String(collectionId)),
      doc: note.doc,
      works,
    },
    { style: options.bibliography ?? 'chicago', bibliography: Boolean(options.bibliography), now: options.now },
  );
}

/** `notes.export`: the note as Markdown, standalone HTML, or DOCX or PDF (base64), with a file name from its title. */
export async function exportNote(deps: NoteExportDeps, id: number, format: NoteExportFormat, options: NoteExportOptions = {}): Promise<ExportedFile> {
  const note = loadPreparedNote(deps, id, options);
  const fileName = exportFileName(note.title, format);
  switch (format) {
    case 'md':
      return { fileName, mediaType: 'text/markdown; charset=utf-8', content: noteMarkdown(note), encoding: 'utf8' };
    case 'html':
      return { fileName, mediaType: 'text/html; charset=utf-8', content: noteHtml(note), encoding: 'utf8' };
    case 'docx': {
      const { noteDocx } = await import('./note-docx');
      return {
        fileName,
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        content: (await noteDocx(note)).toString('base64'),
        encoding: 'base64',
      };
    }
    case 'pdf': {
      const { htmlToPdf } = await import('./note-pdf');
      const pdf = await htmlToPdf(noteHtml(note), { printToPdf: deps.printToPdf });
      return { fileName, mediaType: 'application/pdf', content: pdf.toString('base64'), encoding: 'base64' };
    }
  }
}
