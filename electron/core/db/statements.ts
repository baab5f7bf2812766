import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement, compiled once per connection and SQL text. Preparing is not
 * free (an INSERT into clippings compiles all of its triggers), and the list, search
 * and insert paths run the same statements thousands of times.
 */
export function statement(db: Database.Database, sql: string): Database.Statement {
  return cached(db, sql, () => db.prepare(sql));
}

/**
 * The same, returning each row as an array of its values in column order (better-sqlite3's
 * raw mode), cached apart from `statement`'s so the two modes never share a statement.
 * For paths that read many rows: an object row costs a keyed property set per column.
 */
export function rawStatement(db: Database.Database, sql: string): Database.Statement {
  return cached(db, `${RAW_KEY}${sql}`, () => db.prepare(sql).raw(true));
}

const RAW_KEY = '\u0000raw\u0000';

function cached(db: Database.Database, key: string, prepare: () => Database.Statement): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let prepared = cache.get(key);
  if (!prepared) {
    // Queries built from a search embed its shape in the SQL; keep the cache bounded.
    if (cache.size >= 500) cache.clear();
    cache.set(key, (prepared = prepare()));
  }
  return prepared;
}
