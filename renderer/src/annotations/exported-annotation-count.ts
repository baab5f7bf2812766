import type { ExportedFile } from '../../../shared/domain/export';

/**
 * How many annotations an exported file holds, read from the file itself (the core
 * returns only the file): Markdown states it in its opening line ("Exported from Dossier
 * on …: 12 annotations of 3 clippings."), CSV has one record per annotation after its
 * header. Null when the file does not say, so the caller saves it without a count.
 */
export function exportedAnnotationCount(file: Pick<ExportedFile, 'fileName' | 'content' | 'encoding'>): number | null {
  if (file.encoding !== 'utf8') return null;
  if (file.fileName.endsWith('.md')) {
    // The first such line is the summary: it comes before any text from the library.
    const summary = /^Exported from Dossier on [^\n]*?: (\d+) annotations? of \d+ clippings?\.$/m.exec(file.content);
    return summary ? Number(summary[1]) : null;
  }
  if (file.fileName.endsWith('.csv')) return Math.max(0, csvRecordCount(file.content) - 1);
  return null;
}

/** Records in RFC 4180 text: line breaks outside quoted fields end them (a last record may lack one). */
export function csvRecordCount(text: string): number {
  let records = 0;
  let quoted = false;
  let pending = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    if (!quoted && (char === '\n' || (char === '\r' && text[index + 1] !== '\n'))) {
      records += 1;
      pending = false;
    } else if (char !== '\r' && !(index === 0 && char === '\uFEFF')) {
      pending = true;
    }
  }
  return records + (pending ? 1 : 0);
}
