import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { canonicalText, countWords, textBlocks } from '../../../shared/document/canonical-text';
import type { DocNode } from '../../../shared/document/document-types';
import type { ReanchorReport } from '../../../shared/domain/annotation';
import { reanchorAnnotations } from '../annotations/reanchor-annotations';
import { statement } from '../db/statements';
import { reindexRelatedText } from '../related/related-index';
import { excerptFor } from './clipping-excerpt';
import { contentHash } from './content-hash';

/**
 * Gives a clipping a new structured document (an edit of its text, a re-extraction):
 * the body, its canonical text, the list preview and the search indexes change in one
 * transaction with the re-anchoring of every annotation, so no annotation ever points
 * into text the clipping no longer has.
 */
export async function replaceDocument(db: Database.Database, id: number, doc: DocNode, now = new Date()): Promise<ReanchorReport> {
  await checkDocument(doc);
  const text = canonicalText(doc);
  if (text.trim() === '') throw new ApiError('invalid_input', 'A clipping cannot be left without text.');
  return db.transaction(() => {
    reindexRelatedText(db, id, text);
    const { changes } = statement(db, 'UPDATE clipping_bodies SET doc_json = ?, text = ? WHERE clipping_id = ?').run(JSON.stringify(doc), text, id);
    if (changes === 0) throw new ApiError('not_found', `There is no clipping with id ${id}.`);
    statement(db, 'UPDATE clippings SET excerpt = ?, word_count = ?, content_hash = ?, updated_at = ? WHERE id = ?').run(
      excerptFor(doc, text),
      countWords(text),
      contentHash(text),
      now.toISOString(),
      id,
    );
    return reanchorAnnotations(db, id, text, textBlocks(doc), now);
  })();
}

/**
 * The document must be of the clipping schema. (Rendering allows only stored images, and
 * links only to the web.) The schema is loaded on first use, like the capture stack it
 * belongs to: opening the library needs neither.
 */
async function checkDocument(doc: DocNode): Promise<void> {
  const { assertValidDocument } = await import('../capture/capture-schema');
  try {
    assertValidDocument(doc);
  } catch (error) {
    throw new ApiError('invalid_input', `The edited document is not valid: ${(error as Error).message.slice(0, 200)}`);
  }
}
