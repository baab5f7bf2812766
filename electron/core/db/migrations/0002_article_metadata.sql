-- dossier:foreign-keys-off
-- News metadata for each clipping, and two new ways in (a fetched URL, the browser
-- bridge). SQLite cannot widen a CHECK constraint in place, so the table is rebuilt
-- (SQLite's documented 12-step procedure; the runner turns foreign keys off around
-- it and checks them afterwards). Row ids are kept, so the FTS index stays valid.
CREATE TABLE clippings_rebuilt (
  id              INTEGER PRIMARY KEY,
  title           TEXT    NOT NULL,
  source_url      TEXT,
  origin          TEXT    NOT NULL CHECK (origin IN ('paste', 'file', 'sample', 'url', 'bridge')),
  format          TEXT    NOT NULL CHECK (format IN ('html', 'text', 'markdown')),
  file_name       TEXT,
  doc_json        TEXT    NOT NULL,
  text            TEXT    NOT NULL,
  excerpt         TEXT    NOT NULL,
  word_count      INTEGER NOT NULL,
  created_at      TEXT    NOT NULL,
  updated_at      TEXT    NOT NULL,
  trashed_at      TEXT,
  subtitle        TEXT,
  authors_json    TEXT    NOT NULL DEFAULT '[]',
  outlet          TEXT,
  site_domain     TEXT,
  section         TEXT,
  published_at    TEXT,
  modified_at     TEXT,
  lang            TEXT,
  canonical_url   TEXT,
  dateline        TEXT,
  credit          TEXT,
  lead_image_json TEXT
);

INSERT INTO clippings_rebuilt (id, title, source_url, origin, format, file_name, doc_json, text, excerpt, word_count, created_at, updated_at, trashed_at)
SELECT id, title, source_url, origin, format, file_name, doc_json, text, excerpt, word_count, created_at, updated_at, trashed_at FROM clippings;

DROP TABLE clippings;
ALTER TABLE clippings_rebuilt RENAME TO clippings;

CREATE INDEX clippings_by_created ON clippings (created_at DESC, id DESC) WHERE trashed_at IS NULL;
CREATE INDEX clippings_trash_by_trashed ON clippings (trashed_at DESC, id DESC) WHERE trashed_at IS NOT NULL;
CREATE INDEX clippings_by_canonical_url ON clippings (canonical_url) WHERE canonical_url IS NOT NULL;

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
