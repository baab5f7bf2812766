-- The library at scale: outlets, hierarchical tags, collections, saved searches,
-- read/starred states, a search index over title, subtitle, authors and body with a
-- second index of CJK character bigrams, and counts kept up to date by triggers so
-- the sidebar never counts 100,000 rows.

-- The document and its text move to a table of their own: a clippings row is then
-- small (title, excerpt, metadata, flags), so the list, counts and every filter read
-- a few rows per page instead of dragging ten kilobytes of text through the cache.
DROP TRIGGER clippings_fts_insert;
DROP TRIGGER clippings_fts_delete;
DROP TRIGGER clippings_fts_update;
DROP TABLE clippings_fts;

CREATE TABLE clipping_bodies (
  clipping_id INTEGER PRIMARY KEY REFERENCES clippings (id) ON DELETE CASCADE,
  doc_json    TEXT    NOT NULL,
  text        TEXT    NOT NULL
);
INSERT INTO clipping_bodies (clipping_id, doc_json, text) SELECT id, doc_json, text FROM clippings;
ALTER TABLE clippings DROP COLUMN doc_json;
ALTER TABLE clippings DROP COLUMN text;

-- Outlets: one per site (domain), named at capture, edited by the user.
CREATE TABLE outlets (
  id             INTEGER PRIMARY KEY,
  domain         TEXT    NOT NULL UNIQUE COLLATE NOCASE,
  name           TEXT    NOT NULL,
  kind           TEXT    NOT NULL DEFAULT 'other'
                 CHECK (kind IN ('wire', 'state', 'newspaper', 'broadcaster', 'magazine', 'blog', 'other')),
  country        TEXT,
  language       TEXT,
  notes          TEXT,
  clipping_count INTEGER NOT NULL DEFAULT 0,
  created_at     TEXT    NOT NULL
);

-- `listed`: the row is in the library view (not trashed, newest live capture of its
-- article). Triggers below keep it true; every library query and count starts from it.
ALTER TABLE clippings ADD COLUMN listed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clippings ADD COLUMN read_at TEXT;
ALTER TABLE clippings ADD COLUMN starred INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clippings ADD COLUMN outlet_id INTEGER REFERENCES outlets (id) ON DELETE SET NULL;
-- Sort keys folded by dossier_sort_key (case and accents): `Étude` sorts with `etude`.
-- The outlet's name is copied here so "sort by outlet" walks an index.
ALTER TABLE clippings ADD COLUMN title_sort TEXT NOT NULL DEFAULT '';
ALTER TABLE clippings ADD COLUMN outlet_sort TEXT NOT NULL DEFAULT '';
-- Publication time in UTC (the capture time when unknown), so offsets sort correctly.
-- A plain column kept by triggers, not a generated one: only a stored value lets the
-- sort index cover the list's query, which a 100,000-row window at an offset needs.
ALTER TABLE clippings ADD COLUMN published_sort TEXT NOT NULL DEFAULT '';

UPDATE clippings SET title_sort = dossier_sort_key(title),
  published_sort = coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', published_at), created_at);

UPDATE clippings SET listed = 1
WHERE trashed_at IS NULL
  AND id = (SELECT max(n.id) FROM clippings n WHERE n.article_id = clippings.article_id AND n.trashed_at IS NULL);

-- Existing clippings get their outlets, as a capture now would.
INSERT INTO outlets (domain, name, language, created_at)
SELECT domain, coalesce(max(outlet), domain), max(lang), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (SELECT dossier_outlet_domain(site_domain, canonical_url, source_url) AS domain, outlet, lang FROM clippings)
WHERE domain IS NOT NULL GROUP BY domain;

UPDATE clippings SET outlet_id = (SELECT o.id FROM outlets o WHERE o.domain = dossier_outlet_domain(site_domain, canonical_url, source_url));
UPDATE clippings SET outlet_sort = (SELECT dossier_sort_key(o.name) FROM outlets o WHERE o.id = outlet_id) WHERE outlet_id IS NOT NULL;
UPDATE outlets SET clipping_count = (SELECT count(*) FROM clippings c WHERE c.outlet_id = outlets.id AND c.listed = 1);

-- Every sort of the library view walks one of these; the id breaks ties (keyset pages).
DROP INDEX clippings_by_created;
CREATE INDEX clippings_listed_by_created ON clippings (created_at, id) WHERE listed = 1;
CREATE INDEX clippings_listed_by_published ON clippings (published_sort, id) WHERE listed = 1;
CREATE INDEX clippings_listed_by_title ON clippings (title_sort, id) WHERE listed = 1;
CREATE INDEX clippings_listed_by_outlet ON clippings (outlet_sort, id) WHERE listed = 1;
CREATE INDEX clippings_listed_unread ON clippings (id) WHERE listed = 1 AND read_at IS NULL;
CREATE INDEX clippings_listed_starred ON clippings (id) WHERE listed = 1 AND starred = 1;
-- The few rows outside the library view (trash, earlier versions), to subtract from a search's count.
CREATE INDEX clippings_unlisted ON clippings (id) WHERE listed = 0;
CREATE INDEX clippings_by_outlet ON clippings (outlet_id, id) WHERE outlet_id IS NOT NULL;
CREATE INDEX clippings_listed_by_lang ON clippings (lang, id) WHERE listed = 1;

CREATE TRIGGER clippings_sort_keys_on_insert AFTER INSERT ON clippings BEGIN
  UPDATE clippings SET title_sort = dossier_sort_key(new.title),
    published_sort = coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', new.published_at), new.created_at)
  WHERE id = new.id;
END;

CREATE TRIGGER clippings_published_sort_on_change AFTER UPDATE OF published_at ON clippings BEGIN
  UPDATE clippings SET published_sort = coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', new.published_at), new.created_at) WHERE id = new.id;
END;

CREATE TRIGGER clippings_title_sort_on_rename AFTER UPDATE OF title ON clippings BEGIN
  UPDATE clippings SET title_sort = dossier_sort_key(new.title) WHERE id = new.id;
END;

-- Whenever captures of an article come, go to the trash or come back, the newest
-- live one is the article's listed row.
CREATE TRIGGER clippings_list_on_insert AFTER INSERT ON clippings WHEN new.article_id IS NOT NULL BEGIN
  UPDATE clippings SET listed = (trashed_at IS NULL AND id = (
    SELECT max(n.id) FROM clippings n WHERE n.article_id = new.article_id AND n.trashed_at IS NULL))
  WHERE article_id = new.article_id;
END;

CREATE TRIGGER clippings_list_on_change AFTER UPDATE OF article_id, trashed_at ON clippings BEGIN
  UPDATE clippings SET listed = (trashed_at IS NULL AND id = (
    SELECT max(n.id) FROM clippings n WHERE n.article_id = new.article_id AND n.trashed_at IS NULL))
  WHERE article_id = new.article_id;
END;

-- Outlets: counts follow `listed` and `outlet_id`; a renamed outlet re-sorts its clippings.
CREATE TRIGGER outlets_count_on_change AFTER UPDATE OF listed, outlet_id ON clippings
WHEN old.listed <> new.listed OR old.outlet_id IS NOT new.outlet_id BEGIN
  UPDATE outlets SET clipping_count = clipping_count - old.listed WHERE id = old.outlet_id;
  UPDATE outlets SET clipping_count = clipping_count + new.listed WHERE id = new.outlet_id;
END;

CREATE TRIGGER outlets_count_on_delete AFTER DELETE ON clippings WHEN old.listed = 1 BEGIN
  UPDATE outlets SET clipping_count = clipping_count - 1 WHERE id = old.outlet_id;
END;

CREATE TRIGGER outlets_sort_on_rename AFTER UPDATE OF name ON outlets BEGIN
  UPDATE clippings SET outlet_sort = dossier_sort_key(new.name) WHERE outlet_id = new.id;
END;

-- Tags: a path (`DPRK/youth`) with a parent; tag_closure lists every (ancestor,
-- descendant) pair, a tag being its own ancestor at depth 0. The repository keeps it.
CREATE TABLE tags (
  id             INTEGER PRIMARY KEY,
  parent_id      INTEGER REFERENCES tags (id),
  name           TEXT    NOT NULL,
  path           TEXT    NOT NULL,
  -- The path with case folded in every script (dossier_fold_case): `DPRK` and `dprk`,
  -- `Économie` and `économie` are one tag.
  path_key       TEXT    GENERATED ALWAYS AS (dossier_fold_case(path)) STORED,
  color          TEXT,
  clipping_count INTEGER NOT NULL DEFAULT 0,
  created_at     TEXT    NOT NULL
);
CREATE UNIQUE INDEX tags_by_path_key ON tags (path_key);
CREATE INDEX tags_by_parent ON tags (parent_id);

CREATE TABLE tag_closure (
  ancestor_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  descendant_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  depth         INTEGER NOT NULL,
  PRIMARY KEY (ancestor_id, descendant_id)
) WITHOUT ROWID;
CREATE INDEX tag_closure_by_descendant ON tag_closure (descendant_id, ancestor_id);

-- The tags a user put on a clipping.
CREATE TABLE clipping_tags (
  clipping_id INTEGER NOT NULL REFERENCES clippings (id) ON DELETE CASCADE,
  tag_id      INTEGER NOT NULL REFERENCES tags (id),
  PRIMARY KEY (clipping_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX clipping_tags_by_tag ON clipping_tags (tag_id, clipping_id);

-- Derived: every tag a clipping is under (its tags and their ancestors), once each.
-- Filtering by `DPRK` reads one range of it; tags.clipping_count counts it.
CREATE TABLE tag_reach (
  tag_id      INTEGER NOT NULL,
  clipping_id INTEGER NOT NULL,
  PRIMARY KEY (tag_id, clipping_id)
) WITHOUT ROWID;
CREATE INDEX tag_reach_by_clipping ON tag_reach (clipping_id, tag_id);

CREATE TRIGGER clipping_tags_reach_on_insert AFTER INSERT ON clipping_tags BEGIN
  INSERT OR IGNORE INTO tag_reach (tag_id, clipping_id)
  SELECT ancestor_id, new.clipping_id FROM tag_closure WHERE descendant_id = new.tag_id;
END;

-- An ancestor stays reached while another of the clipping's tags is below it.
CREATE TRIGGER clipping_tags_reach_on_delete AFTER DELETE ON clipping_tags BEGIN
  DELETE FROM tag_reach
  WHERE clipping_id = old.clipping_id
    AND tag_id IN (SELECT ancestor_id FROM tag_closure WHERE descendant_id = old.tag_id)
    AND NOT EXISTS (
      SELECT 1 FROM clipping_tags ct JOIN tag_closure tc ON tc.descendant_id = ct.tag_id
      WHERE ct.clipping_id = old.clipping_id AND tc.ancestor_id = tag_reach.tag_id);
END;

CREATE TRIGGER tag_reach_count_on_insert AFTER INSERT ON tag_reach BEGIN
  UPDATE tags SET clipping_count = clipping_count + (SELECT listed FROM clippings WHERE id = new.clipping_id)
  WHERE id = new.tag_id;
END;

CREATE TRIGGER tag_reach_count_on_delete AFTER DELETE ON tag_reach BEGIN
  UPDATE tags SET clipping_count = clipping_count - coalesce((SELECT listed FROM clippings WHERE id = old.clipping_id), 0)
  WHERE id = old.tag_id;
END;

CREATE TRIGGER tags_count_on_listed AFTER UPDATE OF listed ON clippings WHEN old.listed <> new.listed BEGIN
  UPDATE tags SET clipping_count = clipping_count + (new.listed - old.listed)
  WHERE id IN (SELECT tag_id FROM tag_reach WHERE clipping_id = new.id);
END;

-- A deleted clipping (emptied from the trash) leaves no reach behind.
CREATE TRIGGER tag_reach_on_clipping_delete AFTER DELETE ON clippings BEGIN
  DELETE FROM tag_reach WHERE clipping_id = old.id;
END;

-- Collections: nested by parent; membership is direct.
CREATE TABLE collections (
  id             INTEGER PRIMARY KEY,
  parent_id      INTEGER REFERENCES collections (id) ON DELETE CASCADE,
  name           TEXT    NOT NULL,
  clipping_count INTEGER NOT NULL DEFAULT 0,
  created_at     TEXT    NOT NULL
);
CREATE INDEX collections_by_parent ON collections (parent_id);

CREATE TABLE collection_clippings (
  collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
  clipping_id   INTEGER NOT NULL REFERENCES clippings (id) ON DELETE CASCADE,
  added_at      TEXT    NOT NULL,
  PRIMARY KEY (collection_id, clipping_id)
) WITHOUT ROWID;
CREATE INDEX collection_clippings_by_clipping ON collection_clippings (clipping_id, collection_id);

CREATE TRIGGER collection_count_on_insert AFTER INSERT ON collection_clippings BEGIN
  UPDATE collections SET clipping_count = clipping_count + (SELECT listed FROM clippings WHERE id = new.clipping_id)
  WHERE id = new.collection_id;
END;

CREATE TRIGGER collection_count_on_delete AFTER DELETE ON collection_clippings BEGIN
  UPDATE collections SET clipping_count = clipping_count - coalesce((SELECT listed FROM clippings WHERE id = old.clipping_id), 0)
  WHERE id = old.collection_id;
END;

CREATE TRIGGER collections_count_on_listed AFTER UPDATE OF listed ON clippings WHEN old.listed <> new.listed BEGIN
  UPDATE collections SET clipping_count = clipping_count + (new.listed - old.listed)
  WHERE id IN (SELECT collection_id FROM collection_clippings WHERE clipping_id = new.id);
END;

-- Saved searches in the sidebar.
CREATE TABLE saved_searches (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  query      TEXT NOT NULL,
  sort       TEXT NOT NULL DEFAULT 'relevance',
  created_at TEXT NOT NULL
);

-- Search: the word index over title, subtitle, authors and body (case- and
-- accent-insensitive) replaces the title/text index of 0001. It holds no copy of the
-- text (snippets are cut from clipping_bodies.text): what it indexes is the text with
-- a space wherever CJK meets a Latin letter or digit (dossier_word_text), so `ICBM`
-- finds `ICBM을`. A clipping is indexed when its body is stored, re-indexed when its
-- headline or text changes, and dropped with it.
CREATE VIRTUAL TABLE clippings_search USING fts5 (
  title,
  subtitle,
  authors_json,
  text,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

-- The CJK index: a word tokenizer reads a run of Korean, Chinese or Japanese as one
-- token, so `청년` would not find `청년동맹`. This index holds overlapping character
-- bigrams of every CJK run (dossier_cjk_grams, registered on each connection), the
-- headline (title, subtitle) apart from the rest so a title hit ranks first, and CJK
-- queries are routed to it.
CREATE VIRTUAL TABLE clippings_cjk USING fts5 (
  head,
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);

-- Both indexes from one row of clippings joined to its body.
CREATE VIEW clippings_search_source AS
SELECT c.id,
  dossier_word_text(c.title) AS title, dossier_word_text(c.subtitle) AS subtitle,
  dossier_word_text(c.authors_json) AS authors_json, dossier_word_text(b.text) AS text,
  dossier_cjk_grams(c.title, c.subtitle) AS head, dossier_cjk_grams(c.authors_json, b.text) AS body
FROM clippings c JOIN clipping_bodies b ON b.clipping_id = c.id;

INSERT INTO clippings_search (rowid, title, subtitle, authors_json, text)
SELECT id, title, subtitle, authors_json, text FROM clippings_search_source;
INSERT INTO clippings_cjk (rowid, head, body)
SELECT id, head, body FROM clippings_search_source WHERE head <> '' OR body <> '';

CREATE TRIGGER clippings_index_on_body AFTER INSERT ON clipping_bodies BEGIN
  INSERT INTO clippings_search (rowid, title, subtitle, authors_json, text)
  SELECT id, title, subtitle, authors_json, text FROM clippings_search_source WHERE id = new.clipping_id;
  INSERT INTO clippings_cjk (rowid, head, body)
  SELECT id, head, body FROM clippings_search_source WHERE id = new.clipping_id AND (head <> '' OR body <> '');
END;

CREATE TRIGGER clippings_reindex_on_text AFTER UPDATE OF text ON clipping_bodies BEGIN
  DELETE FROM clippings_search WHERE rowid = new.clipping_id;
  DELETE FROM clippings_cjk WHERE rowid = new.clipping_id;
  INSERT INTO clippings_search (rowid, title, subtitle, authors_json, text)
  SELECT id, title, subtitle, authors_json, text FROM clippings_search_source WHERE id = new.clipping_id;
  INSERT INTO clippings_cjk (rowid, head, body)
  SELECT id, head, body FROM clippings_search_source WHERE id = new.clipping_id AND (head <> '' OR body <> '');
END;

CREATE TRIGGER clippings_reindex_on_headline AFTER UPDATE OF title, subtitle, authors_json ON clippings BEGIN
  DELETE FROM clippings_search WHERE rowid = new.id;
  DELETE FROM clippings_cjk WHERE rowid = new.id;
  INSERT INTO clippings_search (rowid, title, subtitle, authors_json, text)
  SELECT id, title, subtitle, authors_json, text FROM clippings_search_source WHERE id = new.id;
  INSERT INTO clippings_cjk (rowid, head, body)
  SELECT id, head, body FROM clippings_search_source WHERE id = new.id AND (head <> '' OR body <> '');
END;

CREATE TRIGGER clippings_unindex_on_delete AFTER DELETE ON clippings BEGIN
  DELETE FROM clippings_search WHERE rowid = old.id;
  DELETE FROM clippings_cjk WHERE rowid = old.id;
END;
