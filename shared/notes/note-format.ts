/**
 * The stored form of a research note: ProseMirror JSON in the note schema
 * (`note-extensions.ts`), tagged with the schema version it was written in. A change
 * to the schema that old documents do not satisfy bumps the version and comes with a
 * migration of the stored JSON; documents are never read with a guess.
 */
export const NOTE_SCHEMA_VERSION = 1;

/** The largest note, as JSON. A pasted 5 MB document is refused, with this size named. */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;

/** A title (set or taken from the first heading) is cut to this many characters. */
export const MAX_NOTE_TITLE_LENGTH = 200;

/** The title of a note with neither a title nor any text. */
export const UNTITLED_NOTE = 'Untitled note';
