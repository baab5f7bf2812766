-- Clippings: the structured document (ProseMirror JSON), its canonical plain text,
-- and where it came from. The original bytes live in clipping_snapshots so the list
-- never drags large blobs through the page cache.
CREATE TABLE clippings (
  id          INTEGER PRIMARY KEY,
  title       TEXT    NOT NULL,
  source_url  TEXT,
  origin      TEXT    NOT NULL CHECK (origin IN ('paste', 'file', 'sample')),
  format      TEXT    NOT NULL CHECK (format IN ('html', 'text', 'markdown')),
  file_name   TEXT,
  doc_json    TEXT    NOT NULL,
  text        TEXT    NOT NULL,
  excerpt     TEXT    NOT NULL,
  word_count  INTEGER NOT NULL,
  created_at  TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL,
  trashed_at  TEXT
);

CREATE INDEX clippings_by_created ON clippings (created_at DESC, id DESC) WHERE trashed_at IS NULL;
CREATE INDEX clippings_trash_by_trashed ON clippings (trashed_at DESC, id DESC) WHERE trashed_at IS NOT NULL;

-- The original content exactly as received, gzip-compressed, with its SHA-256.
CREATE TABLE clipping_snapshots (
  clipping_id  INTEGER PRIMARY KEY REFERENCES clippings (id) ON DELETE CASCADE,
  content_type TEXT    NOT NULL,
  bytes_gz     BLOB    NOT NULL,
  byte_length  INTEGER NOT NULL,
  sha256       TEXT    NOT NULL,
  captured_at  TEXT    NOT NULL
);

-- Full-text index over title and canonical text, kept in sync by triggers.
CREATE VIRTUAL TABLE clippings_fts USING fts5 (
  title,
  text,
  content = 'clippings',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER clippings_fts_insert AFTER INSERT ON clippings BEGIN
  INSERT INTO clippings_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER clippings_fts_delete AFTER DELETE ON clippings BEGIN
  INSERT INTO clippings_fts (clippings_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER clippings_fts_update AFTER UPDATE OF title, text ON clippings BEGIN
  INSERT INTO clippings_fts (clippings_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO clippings_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
