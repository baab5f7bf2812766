import type Database from 'better-sqlite3';
import type { AnnotationFacets, AnnotationKind, AnnotationListItem, AnnotationPage, HighlightColor } from '../../../shared/domain/annotation';
import { parseQuery } from '../../../shared/search/parse-query';
import { statement } from '../db/statements';
import { planMatch } from '../search/fts-match';
import { ANNOTATION_COLUMNS, annotationTagsFor, toAnnotation, type AnnotationRow } from './annotation-rows';

/** The filters of the Quotes & annotations view. */
export interface AnnotationQuery {
  /** Words in the annotation's text, comment or speaker (the search syntax's words, phrases, prefixes and exclusions). */
  query: string;
  colors: HighlightColor[];
  /** `highlight` is an annotation without a kind. */
  kinds: Array<AnnotationKind | 'highlight'>;
  /** A tag, with the tags below it. */
  tagId: number | null;
  speaker: string | null;
  outletId: number | null;
  /** Dates of the clipping (published, else captured), `YYYY-MM-DD`: after is inclusive, before exclusive. */
  after: string | null;
  before: string | null;
  sort: 'created' | 'published';
  limit: number;
  offset: number;
}

interface ItemRow extends AnnotationRow {
  c_title: string;
  c_outlet: string | null;
  c_published: string | null;
  c_created: string;
}

/**
 * Annotations across the library, filtered, newest first: those of the clippings the
 * library lists (an article's newest live capture, which carries the annotations of
 * the captures before it), so none is shown twice.
 */
export function searchAnnotations(db: Database.Database, query: AnnotationQuery): AnnotationPage {
  const { where, params } = conditions(query);
  const order = query.sort === 'published' ? 'c.published_sort DESC, a.start_at, a.id' : 'a.created_at DESC, a.id DESC';
  const rows = statement(
    db,
    `SELECT ${ANNOTATION_COLUMNS}, c.title AS c_title, coalesce(o.name, c.outlet) AS c_outlet, c.published_at AS c_published, c.created_at AS c_created
     FROM annotations a JOIN clippings c ON c.id = a.clipping_id LEFT JOIN outlets o ON o.id = c.outlet_id
     WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: query.limit, offset: query.offset }) as ItemRow[];
  const { total } = statement(db, `SELECT count(*) AS total FROM annotations a JOIN clippings c ON c.id = a.clipping_id WHERE ${where}`).get(params) as {
    total: number;
  };
  const tags = annotationTagsFor(db, rows.map((row) => row.id));
  const items: AnnotationListItem[] = rows.map((row) => ({
    ...toAnnotation(row, tags.get(row.id)),
    clipping: { id: row.clipping_id, title: row.c_title, outletName: row.c_outlet, published: row.c_published, createdAt: row.c_created },
  }));
  return { total, items };
}

/** Speakers, tags and outlets of the live annotations, with counts, for the view's filters. */
export function annotationFacets(db: Database.Database): AnnotationFacets {
  const live = 'a.deleted_at IS NULL AND c.listed = 1';
  const speakers = statement(
    db,
    `SELECT min(a.speaker) AS name, count(*) AS count FROM annotations a JOIN clippings c ON c.id = a.clipping_id
     WHERE ${live} AND a.speaker IS NOT NULL GROUP BY a.speaker COLLATE NOCASE ORDER BY count DESC, name COLLATE NOCASE LIMIT 500`,
  ).all() as AnnotationFacets['speakers'];
  const tags = statement(
    db,
    `SELECT t.id, t.path, count(*) AS count FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
     JOIN annotations a ON a.id = at.annotation_id JOIN clippings c ON c.id = a.clipping_id
     WHERE ${live} GROUP BY t.id ORDER BY t.path COLLATE NOCASE`,
  ).all() as AnnotationFacets['tags'];
  const outlets = statement(
    db,
    `SELECT o.id, o.name, count(*) AS count FROM annotations a JOIN clippings c ON c.id = a.clipping_id JOIN outlets o ON o.id = c.outlet_id
     WHERE ${live} GROUP BY o.id ORDER BY o.name COLLATE NOCASE`,
  ).all() as AnnotationFacets['outlets'];
  return { speakers, tags, outlets };
}

function conditions(query: AnnotationQuery): { where: string; params: Record<string, unknown> } {
  const where = ['a.deleted_at IS NULL', 'c.listed = 1'];
  const params: Record<string, unknown> = {};
  if (query.colors.length > 0) {
    where.push('a.color IN (SELECT value FROM json_each(@colors))');
    params.colors = JSON.stringify(query.colors);
  }
  if (query.kinds.length > 0) {
    const kinds = query.kinds.filter((kind) => kind !== 'highlight');
    const plain = query.kinds.includes('highlight');
    where.push(`(a.kind IN (SELECT value FROM json_each(@kinds))${plain ? ' OR a.kind IS NULL' : ''})`);
    params.kinds = JSON.stringify(kinds);
  }
  if (query.tagId !== null) {
    where.push('a.id IN (SELECT annotation_id FROM annotation_tags WHERE tag_id IN (SELECT descendant_id FROM tag_closure WHERE ancestor_id = @tagId))');
    params.tagId = query.tagId;
  }
  if (query.speaker !== null) {
    where.push('a.speaker = @speaker COLLATE NOCASE');
    params.speaker = query.speaker;
  }
  if (query.outletId !== null) {
    where.push('c.outlet_id = @outletId');
    params.outletId = query.outletId;
  }
  if (query.after !== null) {
    where.push('c.published_sort >= @after');
    params.after = query.after;
  }
  if (query.before !== null) {
    where.push('c.published_sort < @before');
    params.before = query.before;
  }
  const plan = planMatch(parseQuery(query.query).terms);
  if (plan.word) where.push('a.id IN (SELECT rowid FROM annotations_search WHERE annotations_search MATCH @word)');
  if (plan.cjk) where.push('a.id IN (SELECT rowid FROM annotations_cjk WHERE annotations_cjk MATCH @cjk)');
  if (plan.excludeWord) where.push('a.id NOT IN (SELECT rowid FROM annotations_search WHERE annotations_search MATCH @excludeWord)');
  if (plan.excludeCjk) where.push('a.id NOT IN (SELECT rowid FROM annotations_cjk WHERE annotations_cjk MATCH @excludeCjk)');
  for (const key of ['word', 'cjk', 'excludeWord', 'excludeCjk'] as const) if (plan[key]) params[key] = plan[key];
  return { where: where.join(' AND '), params };
}
