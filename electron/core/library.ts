import type Database from 'better-sqlite3';
import type { RunMode } from '../../shared/domain/app-info';
import { createApiHandlers } from './api/handlers';
import { createDispatch, type Dispatch } from './api/dispatch';
import { ClippingsRepo } from './clippings/clippings-repo';
import { databaseFileIn } from './data-dir';
import { openDatabase } from './db/open-database';

export interface LibraryOptions {
  dataDir: string;
  mode: RunMode;
  /** better-sqlite3's native module for a foreign ABI (the desktop shell passes Electron's build). */
  nativeBinding?: string;
  version?: string;
}

/** An open library: the database, the repositories over it, and the API dispatcher. */
export interface Library {
  readonly db: Database.Database;
  readonly clippings: ClippingsRepo;
  readonly dispatch: Dispatch;
  readonly databaseFile: string;
  close(): void;
}

export function openLibrary(options: LibraryOptions): Library {
  const databaseFile = databaseFileIn(options.dataDir);
  const db = openDatabase(databaseFile, { nativeBinding: options.nativeBinding });
  const clippings = new ClippingsRepo(db);
  const info = { version: options.version ?? '0.0.0', mode: options.mode, dataDir: options.dataDir, databaseFile };
  const handlers = createApiHandlers({ clippings, db, info });
  return {
    db,
    clippings,
    dispatch: createDispatch(handlers),
    databaseFile,
    close: () => db.close(),
  };
}
