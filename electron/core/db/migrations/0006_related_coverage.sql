-- Related coverage: how many clippings use each term (document frequency), for the
-- TF-IDF weights that compare texts (electron/core/related/). Candidates come from the
-- search indexes; this table only says how rare a word is, so it may lag a little
-- (emptying the trash does not subtract) without changing what is found.
CREATE TABLE related_df (
  term TEXT    PRIMARY KEY,
  df   INTEGER NOT NULL
) WITHOUT ROWID;

-- One row: `docs` texts are counted in related_df. Clippings stored before this
-- migration (ids up to backfill_until) are counted lazily, from backfill_next on, by the
-- first related-coverage queries (related-index.ts), so opening a large library stays fast.
CREATE TABLE related_state (
  id             INTEGER PRIMARY KEY CHECK (id = 1),
  docs           INTEGER NOT NULL,
  backfill_next  INTEGER NOT NULL,
  backfill_until INTEGER NOT NULL
);
INSERT INTO related_state (id, docs, backfill_next, backfill_until)
VALUES (1, 0, 1, coalesce((SELECT max(clipping_id) FROM clipping_bodies), 0));
