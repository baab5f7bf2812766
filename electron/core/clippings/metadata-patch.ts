import type { ArticleMetadata } from '../../../shared/domain/article-metadata';

/** The metadata fields a user may edit (the lead image is the page's, not editable here). */
export type MetadataPatch = Partial<Omit<ArticleMetadata, 'leadImage'>>;

const COLUMNS: Record<keyof MetadataPatch, string> = {
  title: 'title',
  subtitle: 'subtitle',
  authors: 'authors_json',
  outlet: 'outlet',
  siteDomain: 'site_domain',
  section: 'section',
  published: 'published_at',
  modified: 'modified_at',
  lang: 'lang',
  canonicalUrl: 'canonical_url',
  dateline: 'dateline',
  credit: 'credit',
};

/** `SET` clauses and values for the fields present in the patch (undefined = unchanged). */
export function metadataAssignments(patch: MetadataPatch): { assignments: string[]; values: unknown[] } {
  const assignments: string[] = [];
  const values: unknown[] = [];
  for (const [field, column] of Object.entries(COLUMNS) as Array<[keyof MetadataPatch, string]>) {
    const value = patch[field];
    if (value === undefined) continue;
    assignments.push(`${column} = ?`);
    values.push(field === 'authors' ? JSON.stringify(value) : value);
  }
  return { assignments, values };
}
