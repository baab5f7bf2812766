import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open-database';

/**
 * Shipped tables and columns are only ever added to. If this snapshot changes
 * because a migration was edited, write a new migration instead.
 */
describe('schema snapshot', () => {
  it('matches the shipped schema', () => {
    const db = openDatabase(':memory:');
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'clippings_search_%' AND name NOT LIKE 'clippings_cjk_%' ORDER BY name")
      .all() as Array<{ name: string }>;
    const schema = Object.fromEntries(
      tables.map(({ name }) => [
        name,
        (db.prepare(`PRAGMA table_info(${JSON.stringify(name)})`).all() as Array<{ name: string; type: string; notnull: number }>).map(
          (column) => `${column.name} ${column.type}${column.notnull ? ' NOT NULL' : ''}`,
        ),
      ]),
    );
    expect(schema).toMatchInlineSnapshot(`
      {
        "annotation_tags": [
          "annotation_id INTEGER NOT NULL",
          "tag_id INTEGER NOT NULL",
        ],
        "annotations": [
          "id INTEGER",
          "clipping_id INTEGER NOT NULL",
          "color INTEGER NOT NULL",
          "kind TEXT",
          "speaker TEXT",
          "comment TEXT NOT NULL",
          "exact TEXT",
          "prefix TEXT NOT NULL",
          "suffix TEXT NOT NULL",
          "start_at INTEGER",
          "end_at INTEGER",
          "block_index INTEGER",
          "orphaned_at TEXT",
          "created_at TEXT NOT NULL",
          "updated_at TEXT NOT NULL",
          "deleted_at TEXT",
        ],
        "annotations_cjk": [
          "grams ",
        ],
        "annotations_cjk_config": [
          "k  NOT NULL",
          "v ",
        ],
        "annotations_cjk_data": [
          "id INTEGER",
          "block BLOB",
        ],
        "annotations_cjk_docsize": [
          "id INTEGER",
          "sz BLOB",
          "origin INTEGER",
        ],
        "annotations_cjk_idx": [
          "segid  NOT NULL",
          "term  NOT NULL",
          "pgno ",
        ],
        "annotations_search": [
          "exact ",
          "comment ",
          "speaker ",
        ],
        "annotations_search_config": [
          "k  NOT NULL",
          "v ",
        ],
        "annotations_search_data": [
          "id INTEGER",
          "block BLOB",
        ],
        "annotations_search_docsize": [
          "id INTEGER",
          "sz BLOB",
          "origin INTEGER",
        ],
        "annotations_search_idx": [
          "segid  NOT NULL",
          "term  NOT NULL",
          "pgno ",
        ],
        "clipping_bodies": [
          "clipping_id INTEGER",
          "doc_json TEXT NOT NULL",
          "text TEXT NOT NULL",
        ],
        "clipping_media": [
          "clipping_id INTEGER NOT NULL",
          "src TEXT NOT NULL",
          "sha256 TEXT NOT NULL",
        ],
        "clipping_snapshots": [
          "clipping_id INTEGER",
          "content_type TEXT NOT NULL",
          "bytes_gz BLOB NOT NULL",
          "byte_length INTEGER NOT NULL",
          "sha256 TEXT NOT NULL",
          "captured_at TEXT NOT NULL",
        ],
        "clipping_tags": [
          "clipping_id INTEGER NOT NULL",
          "tag_id INTEGER NOT NULL",
        ],
        "clippings": [
          "id INTEGER",
          "title TEXT NOT NULL",
          "source_url TEXT",
          "origin TEXT NOT NULL",
          "format TEXT NOT NULL",
          "file_name TEXT",
          "excerpt TEXT NOT NULL",
          "word_count INTEGER NOT NULL",
          "created_at TEXT NOT NULL",
          "updated_at TEXT NOT NULL",
          "trashed_at TEXT",
          "subtitle TEXT",
          "authors_json TEXT NOT NULL",
          "outlet TEXT",
          "site_domain TEXT",
          "section TEXT",
          "published_at TEXT",
          "modified_at TEXT",
          "lang TEXT",
          "canonical_url TEXT",
          "dateline TEXT",
          "credit TEXT",
          "lead_image_json TEXT",
          "article_id INTEGER",
          "version INTEGER NOT NULL",
          "content_hash TEXT",
          "listed INTEGER NOT NULL",
          "read_at TEXT",
          "starred INTEGER NOT NULL",
          "outlet_id INTEGER",
          "title_sort TEXT NOT NULL",
          "outlet_sort TEXT NOT NULL",
          "published_sort TEXT NOT NULL",
        ],
        "clippings_cjk": [
          "head ",
          "body ",
        ],
        "clippings_search": [
          "title ",
          "subtitle ",
          "authors_json ",
          "text ",
        ],
        "collection_clippings": [
          "collection_id INTEGER NOT NULL",
          "clipping_id INTEGER NOT NULL",
          "added_at TEXT NOT NULL",
        ],
        "collections": [
          "id INTEGER",
          "parent_id INTEGER",
          "name TEXT NOT NULL",
          "clipping_count INTEGER NOT NULL",
          "created_at TEXT NOT NULL",
        ],
        "media": [
          "sha256 TEXT",
          "media_type TEXT NOT NULL",
          "bytes BLOB NOT NULL",
          "byte_length INTEGER NOT NULL",
          "width INTEGER",
          "height INTEGER",
          "created_at TEXT NOT NULL",
        ],
        "note_citations": [
          "note_id INTEGER NOT NULL",
          "clipping_id INTEGER NOT NULL",
          "annotation_id INTEGER",
        ],
        "note_collections": [
          "note_id INTEGER NOT NULL",
          "collection_id INTEGER NOT NULL",
          "added_at TEXT NOT NULL",
        ],
        "notes": [
          "id INTEGER",
          "title TEXT NOT NULL",
          "title_set INTEGER NOT NULL",
          "excerpt TEXT NOT NULL",
          "schema_version INTEGER NOT NULL",
          "revision INTEGER NOT NULL",
          "created_at TEXT NOT NULL",
          "updated_at TEXT NOT NULL",
          "trashed_at TEXT",
          "doc_json TEXT NOT NULL",
          "text TEXT NOT NULL",
        ],
        "notes_cjk": [
          "grams ",
        ],
        "notes_cjk_config": [
          "k  NOT NULL",
          "v ",
        ],
        "notes_cjk_data": [
          "id INTEGER",
          "block BLOB",
        ],
        "notes_cjk_docsize": [
          "id INTEGER",
          "sz BLOB",
          "origin INTEGER",
        ],
        "notes_cjk_idx": [
          "segid  NOT NULL",
          "term  NOT NULL",
          "pgno ",
        ],
        "notes_search": [
          "title ",
          "text ",
        ],
        "notes_search_config": [
          "k  NOT NULL",
          "v ",
        ],
        "notes_search_data": [
          "id INTEGER",
          "block BLOB",
        ],
        "notes_search_docsize": [
          "id INTEGER",
          "sz BLOB",
          "origin INTEGER",
        ],
        "notes_search_idx": [
          "segid  NOT NULL",
          "term  NOT NULL",
          "pgno ",
        ],
        "outlets": [
          "id INTEGER",
          "domain TEXT NOT NULL",
          "name TEXT NOT NULL",
          "kind TEXT NOT NULL",
          "country TEXT",
          "language TEXT",
          "notes TEXT",
          "clipping_count INTEGER NOT NULL",
          "created_at TEXT NOT NULL",
        ],
        "related_df": [
          "term TEXT NOT NULL",
          "df INTEGER NOT NULL",
        ],
        "related_state": [
          "id INTEGER",
          "docs INTEGER NOT NULL",
          "backfill_next INTEGER NOT NULL",
          "backfill_until INTEGER NOT NULL",
        ],
        "saved_searches": [
          "id INTEGER",
          "name TEXT NOT NULL",
          "query TEXT NOT NULL",
          "sort TEXT NOT NULL",
          "created_at TEXT NOT NULL",
        ],
        "schema_migrations": [
          "id TEXT",
          "applied_at TEXT NOT NULL",
        ],
        "settings": [
          "key TEXT",
          "value_json TEXT NOT NULL",
          "updated_at TEXT NOT NULL",
        ],
        "tag_closure": [
          "ancestor_id INTEGER NOT NULL",
          "descendant_id INTEGER NOT NULL",
          "depth INTEGER NOT NULL",
        ],
        "tag_reach": [
          "tag_id INTEGER NOT NULL",
          "clipping_id INTEGER NOT NULL",
        ],
        "tags": [
          "id INTEGER",
          "parent_id INTEGER",
          "name TEXT NOT NULL",
          "path TEXT NOT NULL",
          "color TEXT",
          "clipping_count INTEGER NOT NULL",
          "created_at TEXT NOT NULL",
        ],
      }
    `);
    db.close();
  });
});
