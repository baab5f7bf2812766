import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';

/**
 * Migration policy: migrations are numbered SQL files (`0001_init.sql`), applied in
 * order, each inside one transaction together with its row in `schema_migrations`.
 * A migration that rebuilds a table starts with `-- dossier:foreign-keys-off`: foreign
 * keys are then off around its transaction (they cannot be switched inside one) and
 * checked before it commits, as SQLite's table-rebuild procedure prescribes.
 * A database whose applied list is not a prefix of the known list (written by a
 * newer Dossier, or by a branch with other migrations) is refused, never "fixed".
 */
export interface Migration {
  id: string;
  sql: string;
}

const FOREIGN_KEYS_OFF = /^-- dossier:foreign-keys-off\b/;

const MIGRATION_FILE = /^\d{4}_[a-z0-9_]+\.sql$/;

/** Resolves next to this module in the source tree, and next to the bundle in a build. */
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export function loadMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => MIGRATION_FILE.test(name))
    .sort()
    .map((name) => ({ id: name.replace(/\.sql$/, ''), sql: readFileSync(`${dir}/${name}`, 'utf8') }));
}

export function appliedMigrations(db: Database.Database): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
  )`);
  const rows = db.prepare('SELECT id FROM schema_migrations ORDER BY id').all() as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

export function migrate(db: Database.Database, migrations: Migration[]): string[] {
  const applied = appliedMigrations(db);
  assertPrefix(applied, migrations.map((m) => m.id));
  const pending = migrations.slice(applied.length);
  const record = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
  for (const migration of pending) {
    const keysOff = FOREIGN_KEYS_OFF.test(migration.sql) && db.pragma('foreign_keys', { simple: true }) === 1;
    if (keysOff) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        if (keysOff) assertForeignKeysHold(db, migration.id);
        record.run(migration.id, new Date().toISOString());
      })();
    } finally {
      if (keysOff) db.pragma('foreign_keys = ON');
    }
  }
  return pending.map((m) => m.id);
}

function assertForeignKeysHold(db: Database.Database, id: string): void {
  const broken = db.pragma('foreign_key_check') as unknown[];
  if (broken.length > 0) throw new Error(`Migration ${id} would break ${broken.length} foreign key reference(s).`);
}

function assertPrefix(applied: string[], known: string[]): void {
  const mismatch = applied.findIndex((id, index) => known[index] !== id);
  if (mismatch === -1 && applied.length <= known.length) return;
  const unknown = mismatch === -1 ? applied[known.length] : applied[mismatch];
  throw new ApiError(
    'internal',
    `This library was changed by another version of Dossier (it has migration "${unknown}", which this version does not know). ` +
      'Open it with a newer Dossier; it was left untouched.',
  );
}
