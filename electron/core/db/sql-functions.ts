import type Database from 'better-sqlite3';
import { cjkIndexText } from '../../../shared/search/cjk';
import { foldWidth, wordIndexText } from '../../../shared/search/word-index-text';
import { outletDomainOf } from '../outlets/outlet-domain';
import { foldCase } from './fold-case';
import { sortKey } from './sort-key';

/**
 * SQL functions the schema's triggers call, registered on every connection before
 * migrations run. A connection without them cannot write clippings.
 */
export function registerFunctions(db: Database.Database): void {
  // The CJK bigram index's text for a clipping's searchable fields (see 0004).
  db.function('dossier_cjk_grams', { deterministic: true, varargs: true }, (...fields: unknown[]) =>
    cjkIndexText(foldWidth(fields.filter((field): field is string => typeof field === 'string').join('\n'))),
  );
  // The word index's text for one field (see 0004).
  db.function('dossier_word_text', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? wordIndexText(value) : null));
  // The outlet of a clipping stored before outlets existed (see 0004).
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  db.function('dossier_outlet_domain', { deterministic: true }, (site: unknown, canonical: unknown, source: unknown) =>
    outletDomainOf(text(site), [text(canonical), text(source)]),
  );
  // Tag paths and names compared without case, in every script (see 0004).
  db.function('dossier_fold_case', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? foldCase(value) : null));
  // Title and outlet sort keys (see 0004).
  db.function('dossier_sort_key', { deterministic: true }, (value: unknown) => sortKey(typeof value === 'string' ? value : ''));
}
