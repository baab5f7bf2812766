import type Database from 'better-sqlite3';
import { libraryStamp } from './library-stamp';

/**
 * WAL checkpoints in the pauses between writes. SQLite's own checkpoint runs inside the
 * commit that takes the WAL past `wal_autocheckpoint` pages, so every fifteenth import
 * or so also copied the others' pages into the database file and synced it: that one
 * import took twice as long. Here the WAL is copied back once the library has had no
 * write for `idleMs`; SQLite's checkpoint stays as a backstop for long runs of writes
 * without a pause (`BACKSTOP_PAGES`, about 40 MB of WAL). Closing the database
 * checkpoints what is left.
 */
export const BACKSTOP_PAGES = 10_000;

export function startIdleCheckpoints(db: Database.Database, idleMs = 1000): () => void {
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  let seen = libraryStamp(db);
  let written = false;
  const timer = setInterval(() => {
    if (!db.open) return;
    const stamp = libraryStamp(db);
    if (stamp !== seen) {
      // Written since the last look: wait for a look with no new write.
      seen = stamp;
      written = true;
      return;
    }
    if (!written) return;
    written = false;
    // PASSIVE: copies what no reader still needs and never waits for one.
    db.pragma('wal_checkpoint(PASSIVE)');
  }, idleMs);
  timer.unref();
  return () => clearInterval(timer);
}
