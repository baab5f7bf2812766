-- Annotations: highlights, comments, quotes and page notes on a clipping.
--
-- A highlight points into the clipping's canonical text (clipping_bodies.text) the way
-- a W3C Web Annotation does: a TextQuoteSelector (exact, with up to 32 characters of
-- prefix and suffix) and a TextPositionSelector (start, end), plus the index of the
-- text block it starts in. When the text changes, the core re-anchors every
-- annotation in the same transaction (electron/core/annotations/), so the stored
-- position always refers to the current text; an annotation whose quote is gone is
-- kept as an orphan (orphaned_at set) with its last selectors, never moved to a
-- guess. A page note has no selectors (exact IS NULL).
CREATE TABLE annotations (
  id          INTEGER PRIMARY KEY,
  clipping_id INTEGER NOT NULL REFERENCES clippings (id) ON DELETE CASCADE,
  color       INTEGER NOT NULL DEFAULT 1 CHECK (color BETWEEN 1 AND 5),
  kind        TEXT CHECK (kind IN ('quote', 'claim', 'fact', 'note')),
  speaker     TEXT,
  comment     TEXT    NOT NULL DEFAULT '',
  exact       TEXT,
  prefix      TEXT    NOT NULL DEFAULT '',
  suffix      TEXT    NOT NULL DEFAULT '',
  start_at    INTEGER,
  end_at      INTEGER,
  block_index INTEGER,
  orphaned_at TEXT,
  created_at  TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL,
  -- Deleted annotations stay until the trash is emptied, so Undo brings them back whole.
  deleted_at  TEXT,
  CHECK ((exact IS NULL) = (start_at IS NULL) AND (start_at IS NULL) = (end_at IS NULL))
);
CREATE INDEX annotations_by_clipping ON annotations (clipping_id, start_at) WHERE deleted_at IS NULL;
CREATE INDEX annotations_by_created ON annotations (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX annotations_deleted ON annotations (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE annotation_tags (
  annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  tag_id        INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX annotation_tags_by_tag ON annotation_tags (tag_id, annotation_id);

-- The Quotes & annotations view searches the annotations themselves: the quoted text,
-- the comment and the speaker, with the same word folding and CJK bigrams as the
-- clipping indexes (0004).
CREATE VIRTUAL TABLE annotations_search USING fts5 (
  exact,
  comment,
  speaker,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
CREATE VIRTUAL TABLE annotations_cjk USING fts5 (
  grams,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER annotations_index_on_insert AFTER INSERT ON annotations WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO annotations_search (rowid, exact, comment, speaker)
  VALUES (new.id, dossier_word_text(new.exact), dossier_word_text(new.comment), dossier_word_text(new.speaker));
  INSERT INTO annotations_cjk (rowid, grams) SELECT new.id, g FROM (SELECT dossier_cjk_grams(new.exact, new.comment, new.speaker) AS g) WHERE g <> '';
END;

CREATE TRIGGER annotations_reindex_on_update AFTER UPDATE OF exact, comment, speaker, deleted_at ON annotations BEGIN
  DELETE FROM annotations_search WHERE rowid = old.id;
  DELETE FROM annotations_cjk WHERE rowid = old.id;
  INSERT INTO annotations_search (rowid, exact, comment, speaker)
  SELECT new.id, dossier_word_text(new.exact), dossier_word_text(new.comment), dossier_word_text(new.speaker) WHERE new.deleted_at IS NULL;
  INSERT INTO annotations_cjk (rowid, grams)
  SELECT new.id, g FROM (SELECT dossier_cjk_grams(new.exact, new.comment, new.speaker) AS g) WHERE g <> '' AND new.deleted_at IS NULL;
END;

CREATE TRIGGER annotations_unindex_on_delete AFTER DELETE ON annotations BEGIN
  DELETE FROM annotations_search WHERE rowid = old.id;
  DELETE FROM annotations_cjk WHERE rowid = old.id;
END;

-- The library search finds a clipping by what its annotations say, too: comments and
-- speakers join the clipping's body in both clipping indexes (the quoted text is in
-- the body already). No annotation exists before this migration, so the indexes need
-- no rebuild; the triggers below re-index a clipping when its annotations change.
DROP VIEW clippings_search_source;
CREATE VIEW clippings_search_source AS
SELECT c.id,
  dossier_word_text(c.title) AS title, dossier_word_text(c.subtitle) AS subtitle,
  dossier_word_text(c.authors_json) AS authors_json,
  dossier_word_text(b.text || coalesce(n.notes, '')) AS text,
  dossier_cjk_grams(c.title, c.subtitle) AS head, dossier_cjk_grams(c.authors_json, b.text, n.notes) AS body
FROM clippings c JOIN clipping_bodies b ON b.clipping_id = c.id
LEFT JOIN (
  SELECT clipping_id, group_concat(char(10) || char(10) || comment || char(10) || coalesce(speaker, ''), '') AS notes
  FROM annotations WHERE deleted_at IS NULL AND (comment <> '' OR speaker IS NOT NULL) GROUP BY clipping_id
) n ON n.clipping_id = c.id;

CREATE TRIGGER clippings_reindex_on_annotation_insert AFTER INSERT ON annotations
WHEN new.comment <> '' OR new.speaker IS NOT NULL BEGIN
  DELETE FROM clippings_search WHERE rowid = new.clipping_id;
  DELETE FROM clippings_cjk WHERE rowid = new.clipping_id;
  INSERT INTO clippings_search (rowid, title, subtitle, authors_json, text)
  SELECT id, title, subtitle, authors_json, text FROM clippings_search_source WHERE id = new.clipping_id;
  INSERT INTO clippings_cjk (rowid, head, body)
  SELECT id, head, body FROM clippings_search_source WHERE id = new.clipping_id AND (head <> '' OR body <> '');
END;

CREATE TRIGGER clippings_reindex_on_annotation_update AFTER UPDATE OF comment, speaker, deleted_at ON annotations
WHEN old.comment <> new.comment OR old.speaker IS NOT new.speaker OR old.deleted_at IS NOT new.deleted_at BEGIN
  DELETE FROM clippings_search WHERE rowid = new.clipping_id;
  DELETE FROM clippings_cjk WHERE rowid = new.clipping_id;
  INSERT INTO clippings_search (rowid, title, subtitle, authors_json, text)
  SELECT id, title, subtitle, authors_json, text FROM clippings_search_source WHERE id = new.clipping_id;
  INSERT INTO clippings_cjk (rowid, head, body)
  SELECT id, head, body FROM clippings_search_source WHERE id = new.clipping_id AND (head <> '' OR body <> '');
END;

CREATE TRIGGER clippings_reindex_on_annotation_delete AFTER DELETE ON annotations
WHEN (old.comment <> '' OR old.speaker IS NOT NULL) AND old.deleted_at IS NULL BEGIN
  DELETE FROM clippings_search WHERE rowid = old.clipping_id;
  DELETE FROM clippings_cjk WHERE rowid = old.clipping_id;
  INSERT INTO clippings_search (rowid, title, subtitle, authors_json, text)
  SELECT id, title, subtitle, authors_json, text FROM clippings_search_source WHERE id = old.clipping_id;
  INSERT INTO clippings_cjk (rowid, head, body)
  SELECT id, head, body FROM clippings_search_source WHERE id = old.clipping_id AND (head <> '' OR body <> '');
END;
