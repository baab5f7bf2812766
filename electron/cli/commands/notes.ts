import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import type { Note, NoteSummary } from '../../../shared/domain/note';
import { formatBytes } from '../../../shared/domain/limits';
import { MAX_NOTE_BYTES } from '../../../shared/notes/note-format';
import type { CliContext } from '../cli-context';
import { UsageError } from '../usage-error';
import { collectionsNamed } from './add';

export interface NoteAddOptions {
  title?: string;
  /** Collection names (created when new). */
  collections: string[];
}

/**
 * `dossier note add [--title T] [--collection NAME] FILE.md`: a Markdown file becomes a
 * note; `[@12]` in it cites clipping 12. Prints one JSON line: {id, title, citations}.
 * A cited clipping in the trash is reported on stderr (the citation is kept); one that
 * is not in the library refuses the file.
 */
export async function noteCommand(context: CliContext, args: string[], options: NoteAddOptions): Promise<void> {
  const [subcommand, file, ...extra] = args;
  if (subcommand !== 'add') {
    throw new UsageError(subcommand ? `Unknown note command "${subcommand}": dossier note add [--title T] FILE.md.` : 'note needs a command: dossier note add [--title T] FILE.md.');
  }
  if (!file || extra.length > 0) throw new UsageError('note add takes one Markdown file: dossier note add [--title T] FILE.md.');
  const markdown = await readMarkdown(file);
  const { markdownToNote } = await import('../../core/notes/markdown-to-note');
  const converted = await markdownToNote(markdown, (ids) => context.library.notes.citedClippings(ids));
  for (const warning of converted.warnings) context.stderr(`dossier: ${warning}`);
  const collectionIds = await collectionsNamed(context, options.collections);
  const note = await context.call('notes.create', { title: options.title, doc: converted.doc, collectionIds });
  context.stdout(JSON.stringify({ id: note.id, title: note.title, citations: citationsOf(note) }));
}

/** `dossier notes [--json] [--trash]`: every note, newest change first (--json: one object per line). */
export async function notesCommand(context: CliContext, options: { json: boolean; trash: boolean }): Promise<void> {
  const collections = new Map((await context.call('collections.list', {})).map((collection) => [collection.id, collection.path]));
  const pageSize = 500;
  for (let offset = 0; ; offset += pageSize) {
    const page = await context.call('notes.list', { view: options.trash ? 'trash' : 'notes', limit: pageSize, offset });
    for (const summary of page) {
      if (!options.json) {
        context.stdout(formatRow(summary));
        continue;
      }
      const note = await context.call('notes.get', { id: summary.id });
      context.stdout(
        JSON.stringify({
          id: note.id,
          title: note.title,
          updatedAt: note.updatedAt,
          citations: citationsOf(note),
          collections: note.collectionIds.map((id) => collections.get(id) ?? String(id)),
        }),
      );
    }
    if (page.length < pageSize) return;
  }
}

/** What a note cites, and where each source is now (live, trashed, deleted; an annotation live, changed or deleted). */
function citationsOf(note: Note) {
  return note.citations.map(({ clippingId, annotationId, clipping, annotation }) => ({ clippingId, annotationId, clipping, annotation }));
}

function formatRow(note: NoteSummary): string {
  const date = note.updatedAt.slice(0, 16).replace('T', ' ');
  const cited = note.citationCount === 1 ? '1 citation' : `${note.citationCount} citations`;
  return `${String(note.id).padStart(6)}  ${date}  ${note.title}  (${cited})`;
}

async function readMarkdown(path: string): Promise<string> {
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile()) throw new ApiError('not_found', `There is no file at ${path}.`);
  if (info.size > MAX_NOTE_BYTES) {
    throw new ApiError('too_large', `"${basename(path)}" is ${formatBytes(info.size)}; a note can hold at most ${formatBytes(MAX_NOTE_BYTES)}. Split it into several notes.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch {
    throw new ApiError('encoding', `"${basename(path)}" is not UTF-8 text. Save it as UTF-8 Markdown and add it again.`);
  }
}
