import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Clipping, ClippingOrigin, ClippingPage, ClippingSummary, ClippingVersion, LibraryView } from '../../../shared/domain/clipping';
import { countWords, excerptOf, textBlocks } from '../../../shared/document/canonical-text';
import type { PreparedClipping } from '../capture/prepared-clipping';
import { FULL_COLUMNS, metadataColumns, SUMMARY_COLUMNS, toClipping, toSummary, type FullRow, type SummaryRow } from './clipping-rows';
import { contentHash } from './content-hash';
import { decodeCursor, encodeCursor } from './list-cursor';
import { metadataAssignments, type MetadataPatch } from './metadata-patch';
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

export interface ListOptions {
  view: LibraryView;
  limit: number;
  cursor?: string | null;
}

/**
 * Each view's rows and sort key. The library shows each article once, as its newest
 * capture not in the trash; the trash shows every trashed capture, newest first.
 */
const LATEST_LIVE_VERSION = `c.trashed_at IS NULL AND NOT EXISTS (
  SELECT 1 FROM clippings n WHERE n.article_id = c.article_id AND n.id > c.id AND n.trashed_at IS NULL)`;
const VIEWS = {
  library: { where: LATEST_LIVE_VERSION, key: 'created_at' },
  trash: { where: 'c.trashed_at IS NOT NULL', key: 'trashed_at' },
} as const;

export class ClippingsRepo {
  constructor(private readonly db: Database.Database) {}

  /** Stores the clipping and its original snapshot in one transaction. */
  insert(prepared: PreparedClipping, source: NewClippingSource, options: InsertOptions = {}): ClippingSummary {
    const at = (options.now ?? new Date()).toISOString();
    const insertAll = this.db.transaction(() => {
      const version = options.versionOf === undefined ? null : this.nextVersion(options.versionOf);
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO clippings (title, source_url, origin, format, file_name, doc_json, text, excerpt, word_count, created_at, updated_at,
             subtitle, authors_json, outlet, site_domain, section, published_at, modified_at, lang, canonical_url, dateline, credit, lead_image_json,
             article_id, version, content_hash)
           VALUES (@title, @sourceUrl, @origin, @format, @fileName, @docJson, @text, @excerpt, @wordCount, @at, @at,
             @subtitle, @authorsJson, @outlet, @siteDomain, @section, @publishedAt, @modifiedAt, @lang, @canonicalUrl, @dateline, @credit, @leadImageJson,
             @articleId, @version, @contentHash)`,
        )
        .run({
          articleId: version?.articleId ?? null,
          version: version?.version ?? 1,
          contentHash: contentHash(prepared.text),
          title: prepared.title,
          sourceUrl: source.sourceUrl ?? null,
          origin: source.origin,
          format: prepared.format,
          fileName: source.fileName ?? null,
          docJson: JSON.stringify(prepared.doc),
          text: prepared.text,
          excerpt: excerptOf(bodyTextOf(prepared)),
          wordCount: countWords(prepared.text),
          at,
          ...metadataColumns(prepared.metadata),
        });
      const id = Number(lastInsertRowid);
      if (!version) this.db.prepare('UPDATE clippings SET article_id = id WHERE id = ?').run(id);
      const { bytes, contentType } = prepared.snapshot;
      this.db
        .prepare(
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
      const row = this.db
        .prepare(
          `SELECT id FROM clippings WHERE trashed_at IS NULL AND (canonical_url IN (${marks}) OR source_url IN (${marks}))
           ORDER BY id DESC LIMIT 1`,
        )
        .get(...urls, ...urls) as { id: number } | undefined;
      if (row) return { existing: this.summary(row.id), match: 'url' };
    }
    if (candidate.text === undefined) return null;
    const row = this.db
      .prepare('SELECT id FROM clippings WHERE trashed_at IS NULL AND content_hash = ? ORDER BY id DESC LIMIT 1')
      .get(contentHash(candidate.text)) as { id: number } | undefined;
    return row ? { existing: this.summary(row.id), match: 'content' } : null;
  }

  /** Every capture of the article `id` belongs to that is not in the trash, oldest first. */
  versions(id: number): ClippingVersion[] {
    const { article_id: articleId } = this.articleOf(id);
    return this.db
      .prepare(
        `SELECT id, version, title, created_at AS createdAt, word_count AS wordCount FROM clippings
         WHERE article_id = ? AND trashed_at IS NULL ORDER BY version, id`,
      )
      .all(articleId) as ClippingVersion[];
  }

  snapshot(id: number): StoredSnapshot {
    const row = this.db
      .prepare('SELECT content_type, bytes_gz, sha256, captured_at FROM clipping_snapshots WHERE clipping_id = ?')
      .get(id) as { content_type: string; bytes_gz: Buffer; sha256: string; captured_at: string } | undefined;
    if (!row) throw new ApiError('not_found', `Clipping ${id} has no stored original.`);
    return { contentType: row.content_type, bytes: gunzipSync(row.bytes_gz), sha256: row.sha256, capturedAt: row.captured_at };
  }

  updateMetadata(id: number, patch: MetadataPatch, now = new Date()): ClippingSummary {
    const { assignments, values } = metadataAssignments(patch);
    if (assignments.length === 0) return this.summary(id);
    return this.change(id, [...assignments, 'updated_at = ?'].join(', '), [...values, now.toISOString()]);
  }

  private nextVersion(articleOrClippingId: number): { articleId: number; version: number } {
    const { article_id: articleId } = this.articleOf(articleOrClippingId);
    const row = this.db.prepare('SELECT max(version) AS last FROM clippings WHERE article_id = ?').get(articleId) as { last: number };
    return { articleId, version: row.last + 1 };
  }

  private articleOf(id: number): { article_id: number } {
    const row = this.db.prepare('SELECT article_id FROM clippings WHERE id = ?').get(id) as { article_id: number } | undefined;
    if (!row) throw notFound(id);
    return row;
  }

  list({ view, limit, cursor }: ListOptions): ClippingPage {
    const { where, key } = VIEWS[view];
    const after = decodeCursor(cursor);
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM clippings c
         WHERE ${where} ${after ? `AND (c.${key}, c.id) < (@sortKey, @id)` : ''}
         ORDER BY c.${key} DESC, c.id DESC LIMIT @limit`,
      )
      .all({ ...(after ?? {}), limit: limit + 1 }) as SummaryRow[];
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toSummary),
      total: this.count(view),
      nextCursor: rows.length > limit && last ? encodeCursor({ sortKey: last[key] ?? '', id: last.id }) : null,
    };
  }

  count(view: LibraryView): number {
    const row = this.db.prepare(`SELECT count(*) AS n FROM clippings c WHERE ${VIEWS[view].where}`).get() as { n: number };
    return row.n;
  }

  get(id: number): Clipping {
    const row = this.db.prepare(`SELECT ${FULL_COLUMNS} FROM clippings c LEFT JOIN clipping_snapshots s ON s.clipping_id = c.id WHERE c.id = ?`).get(id) as FullRow | undefined;
    if (!row) throw notFound(id);
    return toClipping(row);
  }

  summary(id: number): ClippingSummary {
    const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM clippings c WHERE c.id = ?`).get(id) as SummaryRow | undefined;
    if (!row) throw notFound(id);
    return toSummary(row);
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
    const statement = this.db.prepare('SELECT 1 FROM clippings WHERE source_url = ? LIMIT 1');
    for (const url of urls) if (statement.get(url)) found.add(url);
    return found;
  }

  private change(id: number, assignments: string, values: unknown[]): ClippingSummary {
    const { changes } = this.db.prepare(`UPDATE clippings SET ${assignments} WHERE id = ?`).run(...values, id);
    if (changes === 0) throw notFound(id);
    return this.summary(id);
  }
}

/** The text without figure captions: an excerpt starts with the story, not a photo. */
function bodyTextOf(prepared: PreparedClipping): string {
  const blocks = textBlocks(prepared.doc).filter((block) => block.type !== 'figure');
  return blocks.length > 0 ? blocks.map((block) => block.text).join(' ') : prepared.text;
}

function notFound(id: number): ApiError {
  return new ApiError('not_found', `There is no clipping with id ${id}.`);
}
