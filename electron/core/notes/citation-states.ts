import type Database from 'better-sqlite3';
import type { DocNode } from '../../../shared/document/document-types';
import type { NoteCitation } from '../../../shared/domain/note';
import { citationsOf, quotedTexts } from '../../../shared/notes/note-text';
import { statement } from '../db/statements';

/**
 * Where each thing a note cites is now. A clipping is live (in the library, or an
 * earlier version of an article), in the trash, or deleted (the trash was emptied, or
 * it never existed). A cited annotation is live, deleted (deleted by the writer, or
 * with its clipping), or changed: its exact text is no longer what a cited quote of
 * it holds — the writer is offered `currentQuote` to update the quote with.
 */
export function citationStates(db: Database.Database, doc: DocNode): NoteCitation[] {
  const refs = citationsOf(doc);
  if (refs.length === 0) return [];
  const clippings = new Map(
    (
      statement(db, 'SELECT id, title, trashed_at FROM clippings WHERE id IN (SELECT value FROM json_each(?))').all(
        JSON.stringify([...new Set(refs.map((ref) => ref.clippingId))]),
      ) as Array<{ id: number; title: string; trashed_at: string | null }>
    ).map((row) => [row.id, row]),
  );
  const annotationIds = refs.flatMap((ref) => (ref.annotationId === null ? [] : [ref.annotationId]));
  const annotations = new Map(
    (
      statement(db, 'SELECT id, clipping_id, exact, deleted_at FROM annotations WHERE id IN (SELECT value FROM json_each(?))').all(
        JSON.stringify(annotationIds),
      ) as Array<{ id: number; clipping_id: number; exact: string | null; deleted_at: string | null }>
    ).map((row) => [row.id, row]),
  );
  const quotes = quotedTexts(doc);
  return refs.map((ref) => {
    const clipping = clippings.get(ref.clippingId);
    const state: NoteCitation = {
      clippingId: ref.clippingId,
      annotationId: ref.annotationId,
      clipping: !clipping ? 'deleted' : clipping.trashed_at ? 'trashed' : 'live',
      clippingTitle: clipping?.title ?? null,
      annotation: null,
      currentQuote: null,
    };
    if (ref.annotationId === null) return state;
    const annotation = annotations.get(ref.annotationId);
    if (!annotation || annotation.deleted_at !== null || annotation.clipping_id !== ref.clippingId) return { ...state, annotation: 'deleted' };
    const changed = quotes.some((quote) => quote.annotationId === ref.annotationId && quote.quote !== null && annotation.exact !== null && quote.quote !== annotation.exact);
    return { ...state, annotation: changed ? 'changed' : 'live', currentQuote: annotation.exact };
  });
}
