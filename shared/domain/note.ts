import type { DocNode } from '../document/document-types';

/** Research notes (issue 7). The note schema and its readers are in shared/notes/. */
export const noteViews = ['notes', 'trash'] as const;
export type NoteView = (typeof noteViews)[number];

/** One row of the notes list. */
export interface NoteSummary {
  id: number;
  title: string;
  /** The writer set the title; otherwise it follows the note's first heading. */
  titleSet: boolean;
  /** The first sentences of the text. */
  excerpt: string;
  createdAt: string;
  updatedAt: string;
  trashedAt: string | null;
  collectionIds: number[];
  /** Different things cited (a clipping, or one of its annotations), each counted once. */
  citationCount: number;
}

/** Where a cited clipping is now: in the library (or an earlier version of it), in the trash, or deleted for good. */
export type CitedClippingState = 'live' | 'trashed' | 'deleted';

/**
 * Where a cited annotation is now: unchanged, `changed` (its text differs from what a
 * cited quote of it holds: the source changed, offer to update), or `deleted` (the
 * quote stays in the note, marked unlinked).
 */
export type CitedAnnotationState = 'live' | 'changed' | 'deleted';

export interface NoteCitation {
  clippingId: number;
  annotationId: number | null;
  clipping: CitedClippingState;
  /** The clipping's title now; null once it is deleted. */
  clippingTitle: string | null;
  /** Null for a citation of the whole clipping. */
  annotation: CitedAnnotationState | null;
  /** The annotation's exact text now, to update a changed quote with; null when deleted or a page note. */
  currentQuote: string | null;
}

/** A note's document: ProseMirror JSON in the note schema (shared/notes/), as stored and as saved back. */
export type NoteDoc = { type: 'doc'; content: DocNode[] };

/** A whole note, as the editor opens it. */
export interface Note extends NoteSummary {
  doc: NoteDoc;
  schemaVersion: number;
  /** Counts saves; a save names the revision it was based on. */
  revision: number;
  /** What the note cites, in document order, with where each source is now. */
  citations: NoteCitation[];
}

/** A note citing a clipping or another version of its article: the reader's "cited in". */
export interface NoteBacklink {
  noteId: number;
  title: string;
  updatedAt: string;
  /** The note cites the clipping as a whole (an inline citation without an annotation). */
  citesClipping: boolean;
  /** The clipping's annotations the note cites. */
  annotationIds: number[];
  /** Other captures of the same article (earlier or later versions) that the note cites, by id. */
  otherVersionIds: number[];
}

/** A note's bibliography as the editor inserts it: entries of text runs (the outlet in italics, the address linked). */
export interface NoteBibliography {
  heading: string;
  entries: Array<Array<{ text: string; italic?: boolean; href?: string }>>;
}
