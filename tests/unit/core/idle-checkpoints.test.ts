import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKSTOP_PAGES, startIdleCheckpoints } from '../../../electron/core/db/idle-checkpoints';
import { makeTempDir } from '../../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let db: Database.Database;
let file: string;
beforeEach(() => {
  vi.useFakeTimers();
  temp = makeTempDir();
  file = join(temp.dir, 'lib.sqlite');
  db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (x BLOB)');
  db.pragma('wal_checkpoint(TRUNCATE)');
});
afterEach(() => {
  db.close();
  temp.cleanup();
  vi.useRealTimers();
});

const insertRows = (n: number) => {
  const insert = db.prepare('INSERT INTO t (x) VALUES (randomblob(4000))');
  db.transaction(() => {
    for (let i = 0; i < n; i++) insert.run();
  })();
};
const databaseFileBytes = () => statSync(file).size;

describe('idle checkpoints', () => {
  it('leaves SQLite its own checkpoint only as a backstop', () => {
    const stop = startIdleCheckpoints(db, 100);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_PAGES);
    stop();
  });

  it('copies the WAL into the database file once the writes pause, not while they go on', () => {
    const stop = startIdleCheckpoints(db, 100);
    const before = databaseFileBytes();
    for (let tick = 0; tick < 5; tick++) {
      insertRows(20);
      vi.advanceTimersByTime(100);
      // Written since the last look: the pages stay in the WAL.
      expect(databaseFileBytes()).toBe(before);
    }
    vi.advanceTimersByTime(100);
    expect(databaseFileBytes()).toBeGreaterThan(before + 100 * 4000);
    stop();
  });

  it('does nothing while the library is idle, and stops when told', () => {
    const checkpoint = vi.spyOn(db, 'pragma');
    const stop = startIdleCheckpoints(db, 100);
    checkpoint.mockClear();
    vi.advanceTimersByTime(1000);
    expect(checkpoint).not.toHaveBeenCalled();
    insertRows(1);
    stop();
    vi.advanceTimersByTime(1000);
    expect(checkpoint).not.toHaveBeenCalled();
  });
});
