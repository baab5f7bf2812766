/**
 * Research notes: the schema (for the editor and the core's checks) and the pure
 * readers of a note's JSON. The core imports the files it needs one by one: opening
 * the library must not load tiptap (see tests/unit/architecture/startup-imports.test.ts),
 * so only `check-note-document.ts` and `note-extensions.ts` are loaded on first use.
 */
export { NOTE_SCHEMA_VERSION, MAX_NOTE_BYTES, MAX_NOTE_TITLE_LENGTH, UNTITLED_NOTE } from './note-format';
export { noteExtensions, noteSchema } from './note-extensions';
export { checkNoteDocument } from './check-note-document';
export { noteText, noteTitle, citationsOf, quotedTexts, cutTitle, type CitationRef } from './note-text';
export { citationLabel, sourceLine, shortTitle, type CitedSource } from './citation-label';
export { CitedQuote } from './cited-quote/cited-quote-node';
export { Citation } from './citation/citation-node';
