-- Versions: every clipping belongs to an article (article_id is the id of its first
-- capture); a later capture of the same article is a new version with the next
-- number. Existing clippings are each the first version of their own article.
-- content_hash is the SHA-256 of the canonical text, for spotting duplicates.
ALTER TABLE clippings ADD COLUMN article_id INTEGER REFERENCES clippings (id);
ALTER TABLE clippings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE clippings ADD COLUMN content_hash TEXT;
UPDATE clippings SET article_id = id;

CREATE INDEX clippings_by_article ON clippings (article_id, id);
CREATE INDEX clippings_by_content_hash ON clippings (content_hash) WHERE content_hash IS NOT NULL;
CREATE INDEX clippings_by_source_url ON clippings (source_url) WHERE source_url IS NOT NULL;

-- Images downloaded at capture, stored once per content (SHA-256), and which
-- clipping uses which under the address the page gave it.
CREATE TABLE media (
  sha256      TEXT    PRIMARY KEY,
  media_type  TEXT    NOT NULL,
  bytes       BLOB    NOT NULL,
  byte_length INTEGER NOT NULL,
  width       INTEGER,
  height      INTEGER,
  created_at  TEXT    NOT NULL
);

CREATE TABLE clipping_media (
  clipping_id INTEGER NOT NULL REFERENCES clippings (id) ON DELETE CASCADE,
  src         TEXT    NOT NULL,
  sha256      TEXT    NOT NULL REFERENCES media (sha256),
  PRIMARY KEY (clipping_id, src)
);

CREATE INDEX clipping_media_by_sha256 ON clipping_media (sha256);

-- Small app settings (the browser bridge's pairing key, …) as JSON values.
CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
