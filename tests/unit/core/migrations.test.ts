import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open-database';
import { registerFunctions } from '../../../electron/core/db/sql-functions';
import { appliedMigrations, loadMigrations, migrate } from '../../../electron/core/db/migrations';
import { makeTempDir } from '../../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

function writeMigrations(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return dir;
}

describe('migrations', () => {
  it('applies the known migrations in order to a new file, with WAL and foreign keys on', () => {
    const db = openDatabase(join(temp.dir, 'lib.sqlite'));
    expect(appliedMigrations(db)).toEqual(loadMigrations().map((m) => m.id));
    expect(appliedMigrations(db)[0]).toBe('0001_init');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('is idempotent: reopening applies nothing new', () => {
    const file = join(temp.dir, 'lib.sqlite');
    openDatabase(file).close();
    const db = new Database(file);
    expect(migrate(db, loadMigrations())).toEqual([]);
    db.close();
  });

  it('sorts by number and ignores files that are not migrations', () => {
    const dir = writeMigrations(join(temp.dir, 'm'), {
      '0002_b.sql': 'CREATE TABLE b (x);',
      '0001_a.sql': 'CREATE TABLE a (x);',
      'README.md': 'not sql',
      'notes.sql': 'DROP TABLE a;',
    });
    expect(loadMigrations(dir).map((m) => m.id)).toEqual(['0001_a', '0002_b']);
  });

  it('applies each migration atomically: a failing one leaves no trace', () => {
    const dir = writeMigrations(join(temp.dir, 'm'), {
      '0001_a.sql': 'CREATE TABLE a (x);',
      '0002_broken.sql': 'CREATE TABLE b (x); INSERT INTO nowhere VALUES (1);',
    });
    const db = new Database(join(temp.dir, 'lib.sqlite'));
    expect(() => migrate(db, loadMigrations(dir))).toThrow(/nowhere/);
    expect(appliedMigrations(db)).toEqual(['0001_a']);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    db.close();
  });

  it('refuses a database whose applied list is not a prefix of the known list', () => {
    const file = join(temp.dir, 'lib.sqlite');
    openDatabase(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations (id, applied_at) VALUES ('0999_from_the_future', 'x')").run();
    db.close();
    expect(() => openDatabase(file)).toThrow(/another version of Dossier.*0999_from_the_future/);
    // left untouched
    const check = new Database(file);
    expect(appliedMigrations(check)).toContain('0999_from_the_future');
    check.close();
  });

  it('refuses a database with a different migration at a known position', () => {
    const dir = writeMigrations(join(temp.dir, 'm'), { '0001_a.sql': 'CREATE TABLE a (x);' });
    const other = writeMigrations(join(temp.dir, 'other'), { '0001_other.sql': 'CREATE TABLE o (x);' });
    const db = new Database(join(temp.dir, 'lib.sqlite'));
    migrate(db, loadMigrations(other));
    expect(() => migrate(db, loadMigrations(dir))).toThrow(/0001_other/);
    db.close();
  });
});

describe('0002_article_metadata', () => {
  it('rebuilds clippings without losing rows, snapshots or the search index', () => {
    const file = join(temp.dir, 'lib.sqlite');
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    migrate(old, loadMigrations().slice(0, 1));
    old.prepare(
      `INSERT INTO clippings (id, title, origin, format, doc_json, text, excerpt, word_count, created_at, updated_at)
       VALUES (7, 'Lantern Corps', 'paste', 'text', '{"type":"doc"}', 'volunteers plant trees', 'x', 3, 't', 't')`,
    ).run();
    old.prepare("INSERT INTO clipping_snapshots VALUES (7, 'text/plain', x'00', 1, 'abc', 't')").run();
    old.close();

    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(db, loadMigrations().slice(0, 2));
    expect(appliedMigrations(db)).toEqual(['0001_init', '0002_article_metadata']);
    expect(db.prepare('SELECT id, title, authors_json FROM clippings').all()).toEqual([{ id: 7, title: 'Lantern Corps', authors_json: '[]' }]);
    expect(db.prepare('SELECT clipping_id FROM clipping_snapshots').all()).toEqual([{ clipping_id: 7 }]);
    expect(db.prepare("SELECT rowid FROM clippings_fts WHERE clippings_fts MATCH 'volunteers'").all()).toEqual([{ rowid: 7 }]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // the new ways in are allowed, anything else still refused
    db.prepare("UPDATE clippings SET origin = 'url' WHERE id = 7").run();
    expect(() => db.prepare("UPDATE clippings SET origin = 'magic' WHERE id = 7").run()).toThrow(/CHECK/);
    // the FTS triggers were recreated on the new table
    db.prepare("UPDATE clippings SET title = 'Summer brigades' WHERE id = 7").run();
    expect(db.prepare("SELECT rowid FROM clippings_fts WHERE clippings_fts MATCH 'brigades'").all()).toEqual([{ rowid: 7 }]);
    db.prepare('DELETE FROM clippings WHERE id = 7').run();
    expect(db.prepare('SELECT count(*) AS n FROM clipping_snapshots').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('0003_versions_media_settings', () => {
  it('makes every existing clipping the first version of its own article', () => {
    const file = join(temp.dir, 'lib.sqlite');
    const old = new Database(file);
    migrate(old, loadMigrations().slice(0, 2));
    for (const id of [3, 9]) {
      old.prepare(
        `INSERT INTO clippings (id, title, origin, format, doc_json, text, excerpt, word_count, created_at, updated_at)
         VALUES (?, 'x', 'paste', 'text', '{"type":"doc"}', 'y', 'y', 1, 't', 't')`,
      ).run(id);
    }
    old.close();

    const db = openDatabase(file);
    expect(appliedMigrations(db)).toContain('0003_versions_media_settings');
    expect(db.prepare('SELECT id, article_id, version, content_hash FROM clippings ORDER BY id').all()).toEqual([
      { id: 3, article_id: 3, version: 1, content_hash: null },
      { id: 9, article_id: 9, version: 1, content_hash: null },
    ]);
    db.close();
  });
});

describe('0004_library_organisation', () => {
  it('lists the newest live capture of each article and indexes existing text, CJK included', () => {
    const file = join(temp.dir, 'lib.sqlite');
    const old = new Database(file);
    migrate(old, loadMigrations().slice(0, 3));
    const insert = old.prepare(
      `INSERT INTO clippings (id, title, origin, format, doc_json, text, excerpt, word_count, created_at, updated_at, article_id, version, trashed_at)
       VALUES (?, ?, 'paste', 'text', '{"type":"doc"}', ?, '', 1, 't', 't', ?, ?, ?)`,
    );
    insert.run(1, 'Lantern corps', 'Volunteers gathered.', 1, 1, null);
    insert.run(2, 'Lantern corps', 'Volunteers gathered again.', 1, 2, null);
    insert.run(3, '청년동맹 대회', '김정은 위원장이 참석했다.', 3, 1, null);
    insert.run(4, 'Gone', 'Trashed text.', 4, 1, '2025-01-01T00:00:00.000Z');
    old.close();

    const db = openDatabase(file);
    const listed = db.prepare('SELECT id FROM clippings WHERE listed = 1 ORDER BY id').all();
    expect(listed).toEqual([{ id: 2 }, { id: 3 }]);
    const words = (query: string) => db.prepare('SELECT rowid FROM clippings_search WHERE clippings_search MATCH ? ORDER BY rowid').all(query);
    expect(words('volunteers')).toEqual([{ rowid: 1 }, { rowid: 2 }]);
    const grams = (query: string) => db.prepare('SELECT rowid FROM clippings_cjk WHERE clippings_cjk MATCH ?').all(query);
    expect(grams('"청년"')).toEqual([{ rowid: 3 }]);
    expect(grams('"위원"')).toEqual([{ rowid: 3 }]);
    db.close();
  });
});

describe('0007_notes', () => {
  it('adds notes to a library of 0006 untouched, indexed by triggers, their links going with the note or the collection', () => {
    // A library as 0006 left it, opened by this version.
    const fresh = join(temp.dir, 'old.sqlite');
    const early = new Database(fresh);
    early.pragma('foreign_keys = ON');
    registerFunctions(early);
    migrate(early, loadMigrations().filter((m) => m.id < '0007'));
    early.prepare("INSERT INTO collections (id, name, created_at) VALUES (5, 'Dossier', 't')").run();
    early.close();

    const db = openDatabase(fresh);
    expect(appliedMigrations(db).at(-1)).toBe('0007_notes');
    expect(db.prepare('SELECT name FROM collections').all()).toEqual([{ name: 'Dossier' }]);
    db.prepare(
      `INSERT INTO notes (id, title, schema_version, created_at, updated_at, doc_json, text) VALUES (1, 'Lantern corps', 1, 't', 't', '{}', '청년동맹 volunteers')`,
    ).run();
    db.prepare("INSERT INTO note_collections VALUES (1, 5, 't')").run();
    db.prepare('INSERT INTO note_citations VALUES (1, 99, NULL)').run();
    const words = (query: string) => db.prepare('SELECT rowid FROM notes_search WHERE notes_search MATCH ?').all(query);
    const grams = (query: string) => db.prepare('SELECT rowid FROM notes_cjk WHERE notes_cjk MATCH ?').all(query);
    expect(words('lantern')).toEqual([{ rowid: 1 }]);
    expect(words('volunteers')).toEqual([{ rowid: 1 }]);
    expect(grams('"청년"')).toEqual([{ rowid: 1 }]);
    db.prepare("UPDATE notes SET text = 'harvest' WHERE id = 1").run();
    expect(words('volunteers')).toEqual([]);
    expect(words('harvest')).toEqual([{ rowid: 1 }]);
    db.prepare('DELETE FROM collections WHERE id = 5').run();
    expect(db.prepare('SELECT count(*) AS n FROM note_collections').get()).toEqual({ n: 0 });
    db.prepare('DELETE FROM notes WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM note_citations').get()).toEqual({ n: 0 });
    expect(words('harvest')).toEqual([]);
    db.close();
  });
});
