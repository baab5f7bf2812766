import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { excerptOf } from '../../../shared/document/canonical-text';
import type { DocNode } from '../../../shared/document/document-types';
import type { Note, NoteBacklink, NoteDoc, NoteSummary } from '../../../shared/domain/note';
import { NOTE_SCHEMA_VERSION, UNTITLED_NOTE } from '../../../shared/notes/note-format';
import { citationsOf, cutTitle, noteText, noteTitle } from '../../../shared/notes/note-text';
import { statement } from '../db/statements';
import { citationStates } from './citation-states';
import { citedClippings, type CitedClipping } from './cited-clippings';
import { NOTE_SUMMARY_COLUMNS, noteCollectionsFor, toNoteSummary, withCollections, type NoteSummaryRow } from './note-rows';
import { countNotes, listNotes, type NoteListQuery } from './note-search';

export interface NewNote {
  /** A title set by the writer; without one the title follows the first heading. */
  title?: string | null;
  /** ProseMirror JSON in the note schema; an empty note without one. */
  doc?: unknown;
  collectionIds?: number[];
}

export interface NoteSave {
  id: number;
  doc: unknown;
  /** A string sets the title, null returns it to the first heading, absent leaves it as it is. */
  title?: string | null;
  /** The revision the edit was based on (from `get` or the previous save). */
  revision: number;
}

const EMPTY_NOTE: DocNode = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * Research notes. Saving policy (autosave writes here every second and on close):
 * - the document is checked against the note schema before anything is written, and
 *   the write — document, text, title, citations, revision + 1 — is one transaction,
 *   so a refused or failed save leaves the previous content whole;
 * - a save names the revision it was based on and is refused (`conflict`) when it is
 *   not the stored one, so an older autosave can never overwrite a newer one.
 * The schema (tiptap) is loaded on the first save: opening the library needs none of it.
 */
export class NotesRepo {
  constructor(private readonly db: Database.Database) {}

  list(query: NoteListQuery): NoteSummary[] {
    return listNotes(this.db, query);
  }

  count(query: Omit<NoteListQuery, 'limit' | 'offset'>): number {
    return countNotes(this.db, query);
  }

  summary(id: number): NoteSummary {
    const row = statement(this.db, `SELECT ${NOTE_SUMMARY_COLUMNS} FROM notes n WHERE n.id = ?`).get(id) as NoteSummaryRow | undefined;
    if (!row) throw new ApiError('not_found', `There is no note with id ${id}.`);
    return toNoteSummary(row, noteCollectionsFor(this.db, [id]).get(id));
  }

  get(id: number): Note {
    const summary = this.summary(id);
    const row = statement(this.db, 'SELECT doc_json, schema_version, revision FROM notes WHERE id = ?').get(id) as {
      doc_json: string;
      schema_version: number;
      revision: number;
    };
    const doc = JSON.parse(row.doc_json) as NoteDoc;
    return { ...summary, doc, schemaVersion: row.schema_version, revision: row.revision, citations: citationStates(this.db, doc) };
  }

  async create(input: NewNote, now = new Date()): Promise<Note> {
    const doc = input.doc === undefined ? EMPTY_NOTE : await checked(input.doc);
    const content = contentOf(doc);
    const titleSet = typeof input.title === 'string' && input.title.trim() !== '';
    const id = this.db.transaction(() => {
      if (input.collectionIds?.length) this.requireCollections(input.collectionIds);
      const at = now.toISOString();
      const title = titleSet ? cutTitle(input.title!) : content.title;
      const { lastInsertRowid } = statement(
        this.db,
        `INSERT INTO notes (title, title_set, excerpt, schema_version, revision, created_at, updated_at, doc_json, text)
         VALUES (@title, @titleSet, @excerpt, @version, 1, @at, @at, @doc, @text)`,
      ).run({ title, titleSet: titleSet ? 1 : 0, excerpt: excerptFor(content.text, title), version: NOTE_SCHEMA_VERSION, at, doc: JSON.stringify(doc), text: content.text });
      const noteId = Number(lastInsertRowid);
      this.writeCitations(noteId, doc);
      if (input.collectionIds?.length) this.writeCollections(noteId, input.collectionIds, now);
      return noteId;
    })();
    return this.get(id);
  }

  async save(input: NoteSave, now = new Date()): Promise<Note> {
    const doc = await checked(input.doc);
    const content = contentOf(doc);
    this.db.transaction(() => {
      const row = statement(this.db, 'SELECT title, title_set, revision, trashed_at FROM notes WHERE id = ?').get(input.id) as
        | { title: string; title_set: number; revision: number; trashed_at: string | null }
        | undefined;
      if (!row) throw new ApiError('not_found', `There is no note with id ${input.id}; it may have been deleted. Copy what you wrote before closing it.`);
      if (row.trashed_at !== null) throw new ApiError('conflict', 'This note is in the trash. Restore it to go on editing; this change was not saved.');
      if (row.revision !== input.revision) {
        throw new ApiError(
          'conflict',
          `This note was saved elsewhere since this edit began (revision ${row.revision}, this edit is based on ${input.revision}). ` +
            'Nothing was overwritten: reload the note to see the newer text.',
        );
      }
      const titleSet = input.title === undefined ? row.title_set === 1 : input.title !== null && input.title.trim() !== '';
      const title = !titleSet ? content.title : input.title ? cutTitle(input.title) : row.title;
      const { changes } = statement(
        this.db,
        `UPDATE notes SET title = @title, title_set = @titleSet, excerpt = @excerpt, schema_version = @version, doc_json = @doc, text = @text,
           revision = revision + 1, updated_at = @at
         WHERE id = @id AND revision = @revision`,
      ).run({
        id: input.id,
        revision: input.revision,
        title,
        titleSet: titleSet ? 1 : 0,
        excerpt: excerptFor(content.text, title),
        version: NOTE_SCHEMA_VERSION,
        doc: JSON.stringify(doc),
        text: content.text,
        at: now.toISOString(),
      });
      if (changes !== 1) throw new ApiError('conflict', 'This note was saved elsewhere at the same moment. Reload it; nothing was overwritten.');
      this.writeCitations(input.id, doc);
    })();
    return this.get(input.id);
  }

  /** Moves the note to the trash; `restore` brings it back. */
  trash(id: number, now = new Date()): NoteSummary {
    this.summary(id);
    statement(this.db, 'UPDATE notes SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL').run(now.toISOString(), id);
    return this.summary(id);
  }

  restore(id: number): NoteSummary {
    this.summary(id);
    statement(this.db, 'UPDATE notes SET trashed_at = NULL WHERE id = ?').run(id);
    return this.summary(id);
  }

  /** Deletes a note in the trash for good (a note not in the trash is refused). */
  delete(id: number): number {
    if (this.summary(id).trashedAt === null) throw new ApiError('conflict', 'Only a note in the trash can be deleted for good. Move it to the trash first.');
    return statement(this.db, 'DELETE FROM notes WHERE id = ? AND trashed_at IS NOT NULL').run(id).changes;
  }

  /** Deletes every note in the trash for good. */
  emptyTrash(): number {
    return statement(this.db, 'DELETE FROM notes WHERE trashed_at IS NOT NULL').run().changes;
  }

  /** Puts the note in exactly these collections. */
  setCollections(id: number, collectionIds: number[], now = new Date()): NoteSummary {
    return this.db.transaction(() => {
      this.summary(id);
      this.requireCollections(collectionIds);
      statement(this.db, 'DELETE FROM note_collections WHERE note_id = ? AND collection_id NOT IN (SELECT value FROM json_each(?))').run(id, JSON.stringify(collectionIds));
      this.writeCollections(id, collectionIds, now);
      return this.summary(id);
    })();
  }

  /**
   * The notes (not in the trash) citing a clipping or another capture of its article (an
   * earlier or later version), newest change first, with the annotations of it each cites.
   */
  backlinks(clippingId: number): NoteBacklink[] {
    const rows = statement(
      this.db,
      `SELECT n.id, n.title, n.updated_at, c.clipping_id, c.annotation_id FROM note_citations c JOIN notes n ON n.id = c.note_id
       WHERE c.clipping_id IN (SELECT @clippingId UNION SELECT v.id FROM clippings v WHERE v.article_id = (SELECT article_id FROM clippings WHERE id = @clippingId))
         AND n.trashed_at IS NULL
       ORDER BY n.updated_at DESC, n.id DESC, c.clipping_id, c.annotation_id`,
    ).all({ clippingId }) as Array<{ id: number; title: string; updated_at: string; clipping_id: number; annotation_id: number | null }>;
    const byNote = new Map<number, NoteBacklink>();
    for (const row of rows) {
      let link = byNote.get(row.id);
      if (!link) byNote.set(row.id, (link = { noteId: row.id, title: row.title, updatedAt: row.updated_at, citesClipping: false, annotationIds: [], otherVersionIds: [] }));
      if (row.clipping_id !== clippingId) {
        if (!link.otherVersionIds.includes(row.clipping_id)) link.otherVersionIds.push(row.clipping_id);
      } else if (row.annotation_id === null) link.citesClipping = true;
      else link.annotationIds.push(row.annotation_id);
    }
    return [...byNote.values()];
  }

  /** The clippings with these ids that exist (live or in the trash), with what a citation of each shows. */
  citedClippings(ids: number[]): Map<number, CitedClipping> {
    return citedClippings(this.db, ids);
  }

  private writeCitations(noteId: number, doc: DocNode): void {
    statement(this.db, 'DELETE FROM note_citations WHERE note_id = ?').run(noteId);
    const insert = statement(this.db, 'INSERT INTO note_citations (note_id, clipping_id, annotation_id) VALUES (?, ?, ?)');
    for (const ref of citationsOf(doc)) insert.run(noteId, ref.clippingId, ref.annotationId);
  }

  private writeCollections(noteId: number, collectionIds: number[], now: Date): void {
    const insert = statement(this.db, 'INSERT OR IGNORE INTO note_collections (note_id, collection_id, added_at) VALUES (?, ?, ?)');
    for (const collectionId of new Set(collectionIds)) insert.run(noteId, collectionId, now.toISOString());
  }

  private requireCollections(ids: number[]): void {
    const found = new Set(
      (statement(this.db, 'SELECT id FROM collections WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: number }>).map(
        (row) => row.id,
      ),
    );
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) throw new ApiError('not_found', `There is no collection with id ${missing}.`);
  }
}

/** The document as the note schema writes it, or an ApiError saying what is wrong. */
async function checked(doc: unknown): Promise<DocNode> {
  const { checkNoteDocument } = await import('../../../shared/notes/check-note-document');
  return checkNoteDocument(doc);
}

function contentOf(doc: DocNode): { text: string; title: string } {
  return { text: noteText(doc), title: noteTitle(doc) || UNTITLED_NOTE };
}

/** The first sentences after the title (a title taken from the first heading is not repeated). */
function excerptFor(text: string, title: string): string {
  const [first, ...rest] = text.split('\n\n');
  return excerptOf(first !== undefined && cutTitle(first) === title ? rest.join('\n\n') : text);
}
