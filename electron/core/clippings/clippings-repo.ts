import { rawStatement, statement } from '../db/statements';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { ReanchorReport } from '../../../shared/domain/annotation';
import type { DocNode } from '../../../shared/document/document-types';
import type { Clipping, ClippingOrigin, ClippingSummary, ClippingVersion } from '../../../shared/domain/clipping';
import { countWords, textBlocks } from '../../../shared/document/canonical-text';
import type { PreparedClipping } from '../capture/prepared-clipping';
import { carryAnnotations } from '../annotations/carry-annotations';
import { inChunks } from '../db/in-chunks';
import { indexRelatedText } from '../related/related-index';
import { sortKey } from '../db/sort-key';
import { outletDomainOf } from '../outlets/outlet-domain';
import { OutletsRepo } from '../outlets/outlets-repo';
import { excerptFor } from './clipping-excerpt';
import { replaceDocument } from './replace-document';
import { FULL_COLUMNS, metadataColumns, SUMMARY_COLUMNS, TAG_IDS, toClipping, toSummary, type FullValues, type SummaryRow, type SummaryValues } from './clipping-rows';
import { contentHash } from './content-hash';
import { metadataAssignments, type MetadataPatch } from './metadata-patch';
import { TagRefs } from './tag-refs';
import { urlVariants } from './url-key';

export interface NewClippingSource {
  origin: ClippingOrigin;
  sourceUrl?: string | null;
  fileName?: string | null;
}

export interface InsertOptions {
  /** Store as the next version of this article (an article id) instead of a new article. */
  versionOf?: number;
  now?: Date;
  /** Runs inside the insert's transaction with the new id (to attach images). */
  alsoInTransaction?: (id: number) => void;
}

/** A clipping already in the library that a new capture repeats. */
export interface DuplicateMatch {
  existing: ClippingSummary;
  match: 'url' | 'content';
}

/** The original content of a clipping, exactly as received. */
export interface StoredSnapshot {
  contentType: string;
  bytes: Buffer;
  sha256: string;
  capturedAt: string;
}

export class ClippingsRepo {
  private readonly outlets: OutletsRepo;
  private readonly tagRefs: TagRefs;

  constructor(private readonly db: Database.Database) {
    this.outlets = new OutletsRepo(db);
    this.tagRefs = new TagRefs(db);
  }

  /** Stores the clipping and its original snapshot in one transaction. */
  insert(prepared: PreparedClipping, source: NewClippingSource, options: InsertOptions = {}): ClippingSummary {
    const at = (options.now ?? new Date()).toISOString();
    const insertAll = this.db.transaction(() => {
      const version = options.versionOf === undefined ? null : this.nextVersion(options.versionOf);
      const outlet = this.outletFor(prepared, source, options.now);
      const { lastInsertRowid } = statement(
        this.db,
          `INSERT INTO clippings (title, source_url, origin, format, file_name, excerpt, word_count, created_at, updated_at,
             subtitle, authors_json, outlet, site_domain, section, published_at, modified_at, lang, canonical_url, dateline, credit, lead_image_json,
             article_id, version, content_hash, outlet_id, outlet_sort)
           VALUES (@title, @sourceUrl, @origin, @format, @fileName, @excerpt, @wordCount, @at, @at,
             @subtitle, @authorsJson, @outlet, @siteDomain, @section, @publishedAt, @modifiedAt, @lang, @canonicalUrl, @dateline, @credit, @leadImageJson,
             @articleId, @version, @contentHash, @outletId, @outletSort)`,
        )
        .run({
          outletId: outlet?.id ?? null,
          outletSort: outlet ? sortKey(outlet.name) : '',
          articleId: version?.articleId ?? null,
          version: version?.version ?? 1,
          contentHash: contentHash(prepared.text),
          title: prepared.title,
          sourceUrl: source.sourceUrl ?? null,
          origin: source.origin,
          format: prepared.format,
          fileName: source.fileName ?? null,
          excerpt: excerptFor(prepared.doc, prepared.text),
          wordCount: countWords(prepared.text),
          at,
          ...metadataColumns(prepared.metadata),
        });
      const id = Number(lastInsertRowid);
      // Storing the body indexes the clipping for search (triggers in 0004).
      statement(this.db, 'INSERT INTO clipping_bodies (clipping_id, doc_json, text) VALUES (?, ?, ?)').run(id, JSON.stringify(prepared.doc), prepared.text);
      indexRelatedText(this.db, prepared.text);
      if (!version) statement(this.db, 'UPDATE clippings SET article_id = id WHERE id = ?').run(id);
      if (version) {
        this.inheritLabels(version.previousId, id, at);
        carryAnnotations(this.db, version.previousId, id, prepared.text, textBlocks(prepared.doc), options.now ?? new Date());
      }
      const { bytes, contentType } = prepared.snapshot;
      statement(
        this.db,
          `INSERT INTO clipping_snapshots (clipping_id, content_type, bytes_gz, byte_length, sha256, captured_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(id, contentType, gzipSync(bytes), bytes.byteLength, createHash('sha256').update(bytes).digest('hex'), at);
      options.alsoInTransaction?.(id);
      return id;
    });
    return this.summary(insertAll());
  }

  /** The live clipping a new capture repeats: same address first, then same text. */
  findDuplicate(candidate: { urls: Array<string | null | undefined>; text?: string }): DuplicateMatch | null {
    const urls = [...new Set(candidate.urls.flatMap(urlVariants))];
    if (urls.length > 0) {
      const marks = urls.map(() => '?').join(', ');
      const row = statement(
        this.db,
          `SELECT id FROM clippings WHERE trashed_at IS NULL AND (canonical_url IN (${marks}) OR source_url IN (${marks}))
           ORDER BY id DESC LIMIT 1`,
        )
        .get(...urls, ...urls) as { id: number } | undefined;
      if (row) return { existing: this.summary(row.id), match: 'url' };
    }
    if (candidate.text === undefined) return null;
    const row = statement(this.db, 'SELECT id FROM clippings WHERE trashed_at IS NULL AND content_hash = ? ORDER BY id DESC LIMIT 1')
      .get(contentHash(candidate.text)) as { id: number } | undefined;
    return row ? { existing: this.summary(row.id), match: 'content' } : null;
  }

  /** Every capture of the article `id` belongs to that is not in the trash, oldest first. */
  versions(id: number): ClippingVersion[] {
    const { article_id: articleId } = this.articleOf(id);
    return statement(
      this.db,
        `SELECT id, version, title, created_at AS createdAt, word_count AS wordCount FROM clippings
         WHERE article_id = ? AND trashed_at IS NULL ORDER BY version, id`,
      )
      .all(articleId) as ClippingVersion[];
  }

  snapshot(id: number): StoredSnapshot {
    const row = statement(this.db, 'SELECT content_type, bytes_gz, sha256, captured_at FROM clipping_snapshots WHERE clipping_id = ?')
      .get(id) as { content_type: string; bytes_gz: Buffer; sha256: string; captured_at: string } | undefined;
    if (!row) throw new ApiError('not_found', `Clipping ${id} has no stored original.`);
    return { contentType: row.content_type, bytes: gunzipSync(row.bytes_gz), sha256: row.sha256, capturedAt: row.captured_at };
  }

  updateMetadata(id: number, patch: MetadataPatch, now = new Date()): ClippingSummary {
    const { assignments, values } = metadataAssignments(patch);
    if (assignments.length === 0) return this.summary(id);
    return this.change(id, [...assignments, 'updated_at = ?'].join(', '), [...values, now.toISOString()]);
  }

  private nextVersion(articleOrClippingId: number): { articleId: number; version: number; previousId: number } {
    const { article_id: articleId } = this.articleOf(articleOrClippingId);
    const row = statement(this.db, 'SELECT max(version) AS last, max(id) AS previous FROM clippings WHERE article_id = ?').get(articleId) as {
      last: number;
      previous: number;
    };
    return { articleId, version: row.last + 1, previousId: row.previous };
  }

  /** A new capture of an article keeps the tags, collections and star the analyst gave it. */
  private inheritLabels(fromId: number, toId: number, at: string): void {
    statement(this.db, 'INSERT OR IGNORE INTO clipping_tags (clipping_id, tag_id) SELECT ?, tag_id FROM clipping_tags WHERE clipping_id = ?').run(toId, fromId);
    statement(
      this.db,
        `INSERT OR IGNORE INTO collection_clippings (collection_id, clipping_id, added_at)
         SELECT collection_id, ?, ? FROM collection_clippings WHERE clipping_id = ?`,
      )
      .run(toId, at, fromId);
    statement(this.db, 'UPDATE clippings SET starred = (SELECT starred FROM clippings WHERE id = ?) WHERE id = ?').run(fromId, toId);
  }

  private outletFor(prepared: PreparedClipping, source: NewClippingSource, now: Date | undefined) {
    const meta = prepared.metadata;
    const domain = outletDomainOf(meta?.siteDomain, [meta?.canonicalUrl, source.sourceUrl]);
    return domain ? this.outlets.ensure(domain, meta?.outlet ?? null, meta?.lang ?? null, now) : null;
  }

  private articleOf(id: number): { article_id: number } {
    const row = statement(this.db, 'SELECT article_id FROM clippings WHERE id = ?').get(id) as { article_id: number } | undefined;
    if (!row) throw notFound(id);
    return row;
  }

  get(id: number): Clipping {
    const row = rawStatement(this.db, `SELECT ${FULL_COLUMNS} FROM clippings c JOIN clipping_bodies b ON b.clipping_id = c.id LEFT JOIN clipping_snapshots s ON s.clipping_id = c.id WHERE c.id = ?`).get(id) as FullValues | undefined;
    if (!row) throw notFound(id);
    return toClipping(row, this.tagRefs.lists([row[TAG_IDS]])[0]!);
  }

  summary(id: number): ClippingSummary {
    const [summary] = this.summaries([id]);
    if (!summary) throw notFound(id);
    return summary;
  }

  /** The summaries of the given rows, in the given order (missing ids are skipped). */
  summaries(ids: number[]): ClippingSummary[] {
    if (ids.length === 0) return [];
    const rows = rawStatement(this.db, `SELECT ${SUMMARY_COLUMNS} FROM clippings c WHERE c.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as SummaryValues[];
    const byId = new Map<number, ClippingSummary>();
    for (const summary of this.summariesOf(rows)) byId.set(summary.id, summary);
    const summaries: ClippingSummary[] = [];
    for (const id of ids) {
      const summary = byId.get(id);
      if (summary) summaries.push(summary);
    }
    return summaries;
  }

  /** Summaries from raw rows of `SUMMARY_COLUMNS` (a list window reads them with its window). */
  summariesOf(rows: readonly SummaryRow[]): ClippingSummary[] {
    const tags = this.tagRefs.lists(rows.map((row) => row[TAG_IDS]));
    return rows.map((row, i) => toSummary(row, tags[i]!));
  }

  /** Read/unread and starred for many clippings; returns how many rows changed. */
  setFlags(ids: number[], flags: { read?: boolean; starred?: boolean }, now = new Date()): number {
    const assignments: string[] = [];
    const values: unknown[] = [];
    if (flags.read !== undefined) {
      assignments.push(flags.read ? 'read_at = coalesce(read_at, ?)' : 'read_at = NULL');
      if (flags.read) values.push(now.toISOString());
    }
    if (flags.starred !== undefined) {
      assignments.push('starred = ?');
      values.push(flags.starred ? 1 : 0);
    }
    if (assignments.length === 0) return 0;
    return this.updateMany(ids, assignments.join(', '), values);
  }

  trashMany(ids: number[], now = new Date()): number {
    return this.updateMany(ids, 'trashed_at = ?', [now.toISOString()], 'trashed_at IS NULL');
  }

  restoreMany(ids: number[]): number {
    return this.updateMany(ids, 'trashed_at = NULL', [], 'trashed_at IS NOT NULL');
  }

  /**
   * Deletes every trashed clipping with its original, then images no clipping uses.
   * A later capture whose first version is deleted becomes its article's first.
   */
  emptyTrash(): number {
    return this.db.transaction(() => {
      // Each article's new first capture is chosen before any row moves: an UPDATE choosing it
      // row by row sees the rows it already moved, and split an article of three captures in two.
      const moves = statement(
        this.db,
        `SELECT article_id AS old, min(id) AS first FROM clippings
         WHERE trashed_at IS NULL AND article_id IN (SELECT id FROM clippings WHERE trashed_at IS NOT NULL) GROUP BY article_id`,
      ).all() as Array<{ old: number; first: number }>;
      const move = statement(this.db, 'UPDATE clippings SET article_id = ? WHERE article_id = ? AND trashed_at IS NULL');
      for (const { old, first } of moves) move.run(first, old);
      const { changes } = statement(this.db, 'DELETE FROM clippings WHERE trashed_at IS NOT NULL').run();
      statement(this.db, 'DELETE FROM media WHERE sha256 NOT IN (SELECT sha256 FROM clipping_media)').run();
      return changes;
    })();
  }

  private updateMany(ids: number[], assignments: string, values: unknown[], condition = '1'): number {
    const update = statement(this.db, `UPDATE clippings SET ${assignments} WHERE ${condition} AND id IN (SELECT value FROM json_each(?))`);
    return this.db.transaction(() => {
      let changed = 0;
      for (const chunk of inChunks(ids, 5000)) changed += update.run(...values, JSON.stringify(chunk)).changes;
      return changed;
    })();
  }

  /** A new text for the clipping (an edit in the reader); its annotations are re-anchored with it. */
  async replaceDocument(id: number, doc: DocNode, now = new Date()): Promise<{ clipping: Clipping; annotations: ReanchorReport }> {
    const annotations = await replaceDocument(this.db, id, doc, now);
    return { clipping: this.get(id), annotations };
  }

  rename(id: number, title: string, now = new Date()): ClippingSummary {
    return this.updateMetadata(id, { title }, now);
  }

  trash(id: number, now = new Date()): ClippingSummary {
    return this.change(id, 'trashed_at = coalesce(trashed_at, ?)', [now.toISOString()]);
  }

  restore(id: number): ClippingSummary {
    return this.change(id, 'trashed_at = NULL', []);
  }

  /** Source URLs already present, for idempotent sample loading. */
  existingSourceUrls(urls: string[]): Set<string> {
    const found = new Set<string>();
    const exists = statement(this.db, 'SELECT 1 FROM clippings WHERE source_url = ? LIMIT 1');
    for (const url of urls) if (exists.get(url)) found.add(url);
    return found;
  }

  private change(id: number, assignments: string, values: unknown[]): ClippingSummary {
    const { changes } = statement(this.db, `UPDATE clippings SET ${assignments} WHERE id = ?`).run(...values, id);
    if (changes === 0) throw notFound(id);
    return this.summary(id);
  }
}

function notFound(id: number): ApiError {
  return new ApiError('not_found', `There is no clipping with id ${id}.`);
}
