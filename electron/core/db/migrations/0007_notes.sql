-- Research notes: documents the analyst writes, citing clippings and their annotations.
--
-- A note is stored as ProseMirror JSON in the note schema (shared/notes/), tagged with
-- the schema version it was written in, with its plain text for search. The small
-- columns come first and the document and text last, so listing notes reads no
-- overflow pages. `revision` counts saves: a save names the revision it was based on
-- and is refused when another save came first (electron/core/notes/notes-repo.ts), so
-- an older autosave never overwrites a newer one. `title_set` is 1 when the writer set
-- the title; otherwise the title follows the note's first heading.
CREATE TABLE notes (
  id             INTEGER PRIMARY KEY,
  title          TEXT    NOT NULL,
  title_set      INTEGER NOT NULL DEFAULT 0 CHECK (title_set IN (0, 1)),
  excerpt        TEXT    NOT NULL DEFAULT '',
  schema_version INTEGER NOT NULL,
  revision       INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT    NOT NULL,
  updated_at     TEXT    NOT NULL,
  trashed_at     TEXT,
  doc_json       TEXT    NOT NULL,
  text           TEXT    NOT NULL
);
CREATE INDEX notes_by_updated ON notes (updated_at, id) WHERE trashed_at IS NULL;
CREATE INDEX notes_trashed ON notes (trashed_at, id) WHERE trashed_at IS NOT NULL;

-- A dossier holds its clippings and its notes: membership is direct, as for clippings.
CREATE TABLE note_collections (
  note_id       INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
  collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
  added_at      TEXT    NOT NULL,
  PRIMARY KEY (note_id, collection_id)
) WITHOUT ROWID;
CREATE INDEX note_collections_by_collection ON note_collections (collection_id, note_id);

-- What each note cites (inline citations and cited quotes, once each), rewritten with
-- every save: the reader's "cited in" reads it by clipping and by annotation. No
-- foreign keys to clippings or annotations: a citation outlives what it cites, and
-- the note then shows its source as deleted.
CREATE TABLE note_citations (
  note_id       INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
  clipping_id   INTEGER NOT NULL,
  annotation_id INTEGER
);
CREATE INDEX note_citations_by_note ON note_citations (note_id);
CREATE INDEX note_citations_by_clipping ON note_citations (clipping_id, note_id);
CREATE INDEX note_citations_by_annotation ON note_citations (annotation_id, note_id) WHERE annotation_id IS NOT NULL;

-- Search: title and text, with the word folding and CJK bigrams of the clipping and
-- annotation indexes (0004, 0005). Trashed notes stay indexed, so the trash can be
-- searched; queries filter on trashed_at.
CREATE VIRTUAL TABLE notes_search USING fts5 (
  title,
  text,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
CREATE VIRTUAL TABLE notes_cjk USING fts5 (
  grams,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER notes_index_on_insert AFTER INSERT ON notes BEGIN
  INSERT INTO notes_search (rowid, title, text) VALUES (new.id, dossier_word_text(new.title), dossier_word_text(new.text));
  INSERT INTO notes_cjk (rowid, grams) SELECT new.id, g FROM (SELECT dossier_cjk_grams(new.title, new.text) AS g) WHERE g <> '';
END;

CREATE TRIGGER notes_reindex_on_update AFTER UPDATE OF title, text ON notes BEGIN
  DELETE FROM notes_search WHERE rowid = old.id;
  DELETE FROM notes_cjk WHERE rowid = old.id;
  INSERT INTO notes_search (rowid, title, text) VALUES (new.id, dossier_word_text(new.title), dossier_word_text(new.text));
  INSERT INTO notes_cjk (rowid, grams) SELECT new.id, g FROM (SELECT dossier_cjk_grams(new.title, new.text) AS g) WHERE g <> '';
END;

CREATE TRIGGER notes_unindex_on_delete AFTER DELETE ON notes BEGIN
  DELETE FROM notes_search WHERE rowid = old.id;
  DELETE FROM notes_cjk WHERE rowid = old.id;
END;
