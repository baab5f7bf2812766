import type Database from 'better-sqlite3';
import { statement } from './statements';

/**
 * Changes whenever the library does: `total_changes()` counts this connection's writes,
 * `data_version` another process's commits (`dossier add` while the app runs). What is
 * cached from the database (list totals, tag refs) is valid while it stays the same.
 * Read through one cached statement: `db.pragma()` prepares a new statement per call,
 * and thousands of those left for the collector made its young-generation pauses 3–10 ms.
 */
export function libraryStamp(db: Database.Database): string {
  const { version, changes } = statement(db, 'SELECT (SELECT data_version FROM pragma_data_version) AS version, total_changes() AS changes').get() as {
    version: number;
    changes: number;
  };
  return `${version}:${changes}`;
}
