import type Database from 'better-sqlite3';
import { cjkIndexText } from '../../../shared/search/cjk';
import { wordIndexText } from '../../../shared/search/word-index-text';
import { sortKey } from './sort-key';

/**
 * SQL functions the schema's triggers call, registered on every connection before
 * migrations run. A connection without them cannot write clippings.
 */
export function registerFunctions(db: Database.Database): void {
  // The CJK bigram index's text for a clipping's searchable fields (see 0004).
  db.function('dossier_cjk_grams', { deterministic: true, varargs: true }, (...fields: unknown[]) =>
    cjkIndexText(fields.filter((field): field is string => typeof field === 'string').join('\n')),
  );
  // The word index's text for one field (see 0004).
  db.function('dossier_word_text', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? wordIndexText(value) : null));
  // Title and outlet sort keys (see 0004).
  db.function('dossier_sort_key', { deterministic: true }, (value: unknown) => sortKey(typeof value === 'string' ? value : ''));
}
