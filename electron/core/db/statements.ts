import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement, compiled once per connection and SQL text. Preparing is not
 * free (an INSERT into clippings compiles all of its triggers), and the list, search
 * and insert paths run the same statements thousands of times.
 */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) {
    // Queries built from a search embed its shape in the SQL; keep the cache bounded.
    if (cache.size >= 500) cache.clear();
    cache.set(sql, (prepared = db.prepare(sql)));
  }
  return prepared;
}
