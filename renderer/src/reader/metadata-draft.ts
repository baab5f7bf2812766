import type { MethodInput } from '../../../shared/api/contract';
import type { Clipping } from '../../../shared/domain/clipping';
import { authorsText, parseAuthors } from './authors-text';

/** The editable fields, as the Info panel's inputs hold them: all text. */
export const METADATA_FIELDS = [
  'title',
  'subtitle',
  'authors',
  'outlet',
  'siteDomain',
  'section',
  'published',
  'modified',
  'lang',
  'canonicalUrl',
  'dateline',
  'credit',
] as const;

export type MetadataField = (typeof METADATA_FIELDS)[number];
export type MetadataDraft = Record<MetadataField, string>;
export type MetadataUpdate = MethodInput<'clippings.update'>;

type Editable = Pick<Clipping, 'id' | 'title' | 'meta'>;

export function draftOf({ title, meta }: Editable): MetadataDraft {
  return {
    title,
    subtitle: meta.subtitle ?? '',
    authors: authorsText(meta.authors),
    outlet: meta.outlet ?? '',
    siteDomain: meta.siteDomain ?? '',
    section: meta.section ?? '',
    published: meta.published ?? '',
    modified: meta.modified ?? '',
    lang: meta.lang ?? '',
    canonicalUrl: meta.canonicalUrl ?? '',
    dateline: meta.dateline ?? '',
    credit: meta.credit ?? '',
  };
}

/**
 * The update that turns `clipping` into `draft`: only the fields that changed, so
 * an edit never rewrites what it did not touch; a field emptied is sent as '' (the
 * core clears it). Null when nothing changed.
 */
export function updateFrom(clipping: Editable, draft: MetadataDraft): MetadataUpdate | null {
  const saved = draftOf(clipping);
  const update: MetadataUpdate = { id: clipping.id };
  const meta: NonNullable<MetadataUpdate['meta']> = {};
  let changed = false;
  for (const field of METADATA_FIELDS) {
    const value = draft[field].trim();
    if (field === 'authors') {
      const authors = parseAuthors(draft.authors);
      if (authorsText(authors) === saved.authors) continue;
      meta.authors = authors;
    } else if (value === saved[field].trim()) {
      continue;
    } else if (field === 'title') {
      update.title = value;
    } else {
      meta[field] = value;
    }
    changed = true;
  }
  if (!changed) return null;
  if (Object.keys(meta).length > 0) update.meta = meta;
  return update;
}
