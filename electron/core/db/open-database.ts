import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { registerFunctions } from './sql-functions';
import { loadMigrations, migrate } from './migrations';

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for another ABI (Electron's); Node's own build otherwise. */
  nativeBinding?: string;
  migrationsDir?: string;
}

/** Opens (creating if needed) a library database: WAL, foreign keys on, migrations applied. */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    // A 100,000-clipping library is about a gigabyte: read it through the OS's page cache
    // (mmap) and keep the hot pages of indexes and rows in SQLite's own cache.
    db.pragma('mmap_size = 268435456');
    db.pragma('cache_size = -65536');
    registerFunctions(db);
    migrate(db, loadMigrations(options.migrationsDir));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
