import type Database from 'better-sqlite3';
import type { RunMode } from '../../shared/domain/app-info';
import { createApiHandlers } from './api/handlers';
import { createDispatch, type Dispatch } from './api/dispatch';
import { ClippingsRepo } from './clippings/clippings-repo';
import { databaseFileIn } from './data-dir';
import { openDatabase } from './db/open-database';
import { runInProcess } from './ingest/capture-runner';
import { Ingest } from './ingest/ingest';
import type { BridgeInfo } from '../../shared/domain/bridge-info';

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
  readonly ingest: Ingest;
  readonly dispatch: Dispatch;
  readonly databaseFile: string;
  close(): void;
}

export function openLibrary(options: LibraryOptions): Library {
  const databaseFile = databaseFileIn(options.dataDir);
  const db = openDatabase(databaseFile, { nativeBinding: options.nativeBinding });
  const clippings = new ClippingsRepo(db);
  const info = { version: options.version ?? '0.0.0', mode: options.mode, dataDir: options.dataDir, databaseFile };
  const ingest = new Ingest({ clippings, run: runInProcess });
  const handlers = createApiHandlers({ clippings, ingest, bridge: bridgeNotRunning(), mediaFor: () => new Map(), db, info });
  return {
    db,
    clippings,
    ingest,
    dispatch: createDispatch(handlers),
    databaseFile,
    close: () => db.close(),
  };
}

function bridgeNotRunning(): { info(): BridgeInfo; resetKey(): BridgeInfo } {
  const info = (): BridgeInfo => ({
    status: 'unavailable',
    endpoint: '',
    pairingKey: '',
    bookmarklet: '',
    message: 'The browser bridge runs while the desktop app or `dossier serve` is open.',
  });
  return { info, resetKey: info };
}
