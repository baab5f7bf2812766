import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import type { Collection } from '../../../shared/domain/collection';
import { annotationExportFormats, noteExportFormats, type NoteExportFormat } from '../../../shared/domain/export';
import type { CliContext } from '../cli-context';
import { UsageError } from '../usage-error';
import { writeFileAtomic } from '../write-file-atomic';
import { parseId } from './parse-id';

export interface ExportOptions {
  format?: string;
  out?: string;
  bibliography?: string;
  collections: string[];
}

/** A collection with at least this many clippings reports its progress on stderr. */
const PROGRESS_FROM = 100;

/**
 * `dossier export note ID --format md|html|docx|pdf [--out FILE|FOLDER] [--bibliography chicago|apa]`
 * and `dossier export annotations (ID | --collection C) --format md|csv [--out FILE|FOLDER]`.
 * Markdown, HTML and CSV go to stdout without --out; DOCX and PDF need it. Files are
 * written atomically (a temp file, then a rename): a failed export leaves no half file
 * and the old file whole. Prints one JSON line {file, format, replaced}.
 *
 * A note exported again replaces its earlier export instead of adding a copy: --out
 * FOLDER finds the Markdown or HTML file there exported from the same note (its front
 * matter's `dossier-note: ID`, or the HTML's `dossier-note` meta), even under an older
 * title, and writes over it; a file exported from another note is never overwritten.
 */
export async function exportCommand(context: CliContext, args: string[], options: ExportOptions): Promise<void> {
  const [what, ...rest] = args;
  if (what === 'note') return exportNote(context, rest, options);
  if (what === 'annotations') return exportAnnotations(context, rest, options);
  throw new UsageError(
    what ? `Unknown export "${what}": dossier export note ID … or dossier export annotations (ID | --collection C) ….` : 'export needs what to export: note ID, or annotations (ID | --collection C).',
  );
}

async function exportNote(context: CliContext, args: string[], options: ExportOptions): Promise<void> {
  if (args.length !== 1) throw new UsageError('export note takes one note ID: dossier export note ID --format md|html|docx|pdf --out FILE.');
  const id = parseNoteId(args[0]!);
  const format = chooseFormat(options, noteExportFormats, 'export note');
  if (options.out !== undefined) refuseMissingFolder(options.out);
  const bibliography = bibliographyStyle(options.bibliography);
  if (options.collections.length > 0) throw new UsageError('--collection is for export annotations.');
  if ((format === 'docx' || format === 'pdf') && options.out === undefined) throw new UsageError(`A ${format.toUpperCase()} export needs --out FILE.`);

  // PDF: printed by the Chromium or Chrome found on this machine (the CLI has no Electron).
  const file = await context.call('notes.export', { id, format, bibliography });
  const content = file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content;
  if (options.out === undefined) return context.stdout((content as string).replace(/\n$/, ''));
  const target = noteTarget(options.out, file.fileName, id, format);
  writeFileAtomic(target.path, content);
  context.stdout(JSON.stringify({ file: target.path, format, replaced: target.replaced }));
}

async function exportAnnotations(context: CliContext, args: string[], options: ExportOptions): Promise<void> {
  const format = chooseFormat(options, annotationExportFormats, 'export annotations');
  if (options.out !== undefined) refuseMissingFolder(options.out);
  if (options.bibliography !== undefined) throw new UsageError('--bibliography is for export note.');
  if ((args.length === 1) === (options.collections.length === 1) || args.length > 1 || options.collections.length > 1) {
    throw new UsageError('export annotations takes one clipping ID or one --collection: dossier export annotations (ID | --collection C) --format md|csv.');
  }
  const clippingId = args.length === 1 ? parseId(args[0], 'export annotations') : null;
  const collection = clippingId === null ? await collectionNamed(context, options.collections[0]!) : null;
  const { exportAnnotations: run } = await import('../../core/export/annotations-export');
  const step = collection ? Math.max(50, Math.ceil(collection.count / 10)) : Infinity;
  const file = run(context.library, { clippingId, collectionId: collection?.id ?? null }, format, {
    // Progress of a large collection on stderr, so stdout stays the export (or its one JSON line).
    onProgress: (done, total) => {
      if (total >= PROGRESS_FROM && (done % step === 0 || done === total)) context.stderr(`Exported ${done} of ${total} clippings' annotations…`);
    },
  });
  if (options.out === undefined) return context.stdout(file.content.replace(/\r?\n$/, ''));
  const path = isFolder(options.out) ? join(options.out, file.fileName) : options.out;
  const replaced = exists(path);
  writeFileAtomic(path, file.content);
  context.stdout(JSON.stringify({ file: resolve(path), format, replaced }));
}

function parseNoteId(value: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`"${value}" is not a note ID (a whole number, as shown by dossier notes).`);
  return id;
}

/** --format, or what --out's extension says. */
function chooseFormat<F extends string>(options: ExportOptions, formats: readonly F[], command: string): F {
  if (options.out === '') throw new UsageError('--out needs a file name.');
  const list = formats.join('|');
  if (options.format !== undefined) {
    const value = options.format.toLowerCase().replace(/^markdown$/, 'md');
    if ((formats as readonly string[]).includes(value)) return value as F;
    throw new UsageError(`${command} --format must be ${formats.slice(0, -1).join(', ')} or ${formats[formats.length - 1]}, not "${options.format}".`);
  }
  const extension = /\.([a-z]+)$/i.exec(options.out ?? '')?.[1]?.toLowerCase().replace(/^(markdown)$/, 'md').replace(/^htm$/, 'html');
  if (extension && (formats as readonly string[]).includes(extension) && !isFolder(options.out!)) return extension as F;
  throw new UsageError(`${command} needs --format ${list} (or --out with a file name ending in one of them).`);
}

function bibliographyStyle(value: string | undefined): 'chicago' | 'apa' | null {
  if (value === undefined) return null;
  const style = value.toLowerCase();
  if (style === 'chicago' || style === 'apa') return style;
  throw new UsageError(`--bibliography must be chicago or apa, not "${value}".`);
}

async function collectionNamed(context: CliContext, value: string): Promise<Collection> {
  const collections = await context.call('collections.list', {});
  const byId = /^\d+$/.test(value) ? collections.find((collection) => collection.id === Number(value)) : undefined;
  if (byId) return byId;
  const folded = value.trim().toLowerCase();
  const byPath = collections.filter((collection) => collection.path.toLowerCase() === folded);
  const matches = byPath.length > 0 ? byPath : collections.filter((collection) => collection.name.toLowerCase() === folded);
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new UsageError(`There are ${matches.length} collections named "${value}": give its path (${matches.map((c) => c.path).join(', ')}) or its id.`);
  throw new ApiError('not_found', `There is no collection "${value}".`);
}

/**
 * Where a note's export goes. A folder: the file in it exported earlier from this note
 * (so a new title does not leave the old export beside a new one), else the suggested
 * name. A file: written over — unless it is another note's export.
 */
function noteTarget(out: string, fileName: string, noteId: number, format: NoteExportFormat): { path: string; replaced: boolean } {
  if (isFolder(out)) {
    const earlier = format === 'md' || format === 'html' ? earlierExport(out, noteId, format) : null;
    if (earlier) return { path: earlier, replaced: true };
    const path = resolve(out, fileName);
    refuseOtherNote(path, noteId, format);
    return { path, replaced: exists(path) };
  }
  const path = resolve(out);
  refuseOtherNote(path, noteId, format);
  return { path, replaced: exists(path) };
}

function refuseOtherNote(path: string, noteId: number, format: NoteExportFormat): void {
  if (format !== 'md' && format !== 'html') return;
  const other = exportedFrom(path, format);
  if (other !== null && other !== noteId) {
    throw new ApiError('conflict', `${path} is the export of note ${other}, not note ${noteId}: nothing was written. Choose another file name.`);
  }
}

function earlierExport(folder: string, noteId: number, format: 'md' | 'html'): string | null {
  const extension = format === 'md' ? /\.(md|markdown)$/i : /\.html?$/i;
  for (const name of readdirSync(folder).sort()) {
    if (!extension.test(name)) continue;
    const path = resolve(folder, name);
    if (exportedFrom(path, format) === noteId) return path;
  }
  return null;
}

/** The note a file was exported from (read from its first 4 KB), or null. */
export function exportedFrom(path: string, format: 'md' | 'html'): number | null {
  let head: string;
  try {
    if (!statSync(path).isFile()) return null;
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      head = buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  const match =
    format === 'md'
      ? /^---\r?\n(?:[^\n]*\r?\n)*?dossier-note: (\d+)\r?\n/.exec(head)
      : /<meta name="dossier-note" content="(\d+)">/.exec(head);
  return match ? Number(match[1]) : null;
}

/** `--out DIR/` names a folder: when there is none, that is said, and no file named DIR is written. */
function refuseMissingFolder(out: string): void {
  if (!/[\\/]$/.test(out) || isFolder(out)) return;
  const folder = resolve(out);
  throw new ApiError('not_found', `Cannot write into ${out}: ${exists(folder) ? `${folder} is a file, not a folder` : `there is no folder ${folder}`}.`);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
