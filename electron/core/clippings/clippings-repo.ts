import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { Clipping, ClippingOrigin, ClippingPage, ClippingSummary, LibraryView } from '../../../shared/domain/clipping';
import { countWords, excerptOf } from '../../../shared/document/canonical-text';
import type { PreparedClipping } from '../capture/prepared-clipping';
import { FULL_COLUMNS, metadataColumns, SUMMARY_COLUMNS, toClipping, toSummary, type FullRow, type SummaryRow } from './clipping-rows';
import { decodeCursor, encodeCursor } from './list-cursor';

export interface NewClippingSource {
  origin: ClippingOrigin;
  sourceUrl?: string | null;
  fileName?: string | null;
}

export interface ListOptions {
  view: LibraryView;
  limit: number;
  cursor?: string | null;
}

/** Each view's sort key: newest captured first in the library, newest trashed first in the trash. */
const VIEWS = {
  library: { where: 'trashed_at IS NULL', key: 'created_at' },
  trash: { where: 'trashed_at IS NOT NULL', key: 'trashed_at' },
} as const;

export class ClippingsRepo {
  constructor(private readonly db: Database.Database) {}

  /** Stores the clipping and its original snapshot in one transaction. */
  insert(prepared: PreparedClipping, source: NewClippingSource, now = new Date()): ClippingSummary {
    const at = now.toISOString();
    const insertAll = this.db.transaction(() => {
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO clippings (title, source_url, origin, format, file_name, doc_json, text, excerpt, word_count, created_at, updated_at,
             subtitle, authors_json, outlet, site_domain, section, published_at, modified_at, lang, canonical_url, dateline, credit, lead_image_json)
           VALUES (@title, @sourceUrl, @origin, @format, @fileName, @docJson, @text, @excerpt, @wordCount, @at, @at,
             @subtitle, @authorsJson, @outlet, @siteDomain, @section, @publishedAt, @modifiedAt, @lang, @canonicalUrl, @dateline, @credit, @leadImageJson)`,
        )
        .run({
          title: prepared.title,
          sourceUrl: source.sourceUrl ?? null,
          origin: source.origin,
          format: prepared.format,
          fileName: source.fileName ?? null,
          docJson: JSON.stringify(prepared.doc),
          text: prepared.text,
          excerpt: excerptOf(prepared.text),
          wordCount: countWords(prepared.text),
          at,
          ...metadataColumns(prepared.metadata),
        });
      const id = Number(lastInsertRowid);
      const { bytes, contentType } = prepared.snapshot;
      this.db
        .prepare(
          `INSERT INTO clipping_snapshots (clipping_id, content_type, bytes_gz, byte_length, sha256, captured_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(id, contentType, gzipSync(bytes), bytes.byteLength, createHash('sha256').update(bytes).digest('hex'), at);
      return id;
    });
    return this.summary(insertAll());
  }

  list({ view, limit, cursor }: ListOptions): ClippingPage {
    const { where, key } = VIEWS[view];
    const after = decodeCursor(cursor);
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM clippings
         WHERE ${where} ${after ? `AND (${key}, id) < (@sortKey, @id)` : ''}
         ORDER BY ${key} DESC, id DESC LIMIT @limit`,
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
    const row = this.db.prepare(`SELECT count(*) AS n FROM clippings WHERE ${VIEWS[view].where}`).get() as { n: number };
    return row.n;
  }

  get(id: number): Clipping {
    const row = this.db.prepare(`SELECT ${FULL_COLUMNS} FROM clippings WHERE id = ?`).get(id) as FullRow | undefined;
    if (!row) throw notFound(id);
    return toClipping(row);
  }

  summary(id: number): ClippingSummary {
    const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM clippings WHERE id = ?`).get(id) as SummaryRow | undefined;
    if (!row) throw notFound(id);
    return toSummary(row);
  }

  rename(id: number, title: string, now = new Date()): ClippingSummary {
    return this.change(id, 'title = ?, updated_at = ?', [title, now.toISOString()]);
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

function notFound(id: number): ApiError {
  return new ApiError('not_found', `There is no clipping with id ${id}.`);
}
