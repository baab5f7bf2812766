import type Database from 'better-sqlite3';
import type { RunMode } from '../../shared/domain/app-info';
import type { BridgeInfo } from '../../shared/domain/bridge-info';
import { createApiHandlers } from './api/handlers';
import { createDispatch, type Dispatch } from './api/dispatch';
import { AnnotationsRepo } from './annotations/annotations-repo';
import type { BridgeService } from './bridge/bridge-service';
import { ClippingList } from './clippings/clipping-list';
import { ClippingsRepo } from './clippings/clippings-repo';
import { CollectionsRepo } from './collections/collections-repo';
import { NotesRepo } from './notes/notes-repo';
import { databaseFileIn } from './data-dir';
import type { PdfPrinter } from './export/note-pdf';
import { openDatabase } from './db/open-database';
import { runInProcess, type CaptureRunner } from './ingest/capture-runner';
import type { ImageCapture } from './ingest/image-capture';
import { Ingest } from './ingest/ingest';
import { captureImages, MediaRepo } from './media';
import { OutletsRepo } from './outlets/outlets-repo';
import { startRelatedBackfill } from './related/background-backfill';
import { startIdleCheckpoints } from './db/idle-checkpoints';
import { RelatedRepo } from './related/related-coverage';
import { SavedSearchesRepo } from './searches/saved-searches-repo';
import { SettingsRepo } from './settings/settings-repo';
import { TagsRepo } from './tags/tags-repo';
import { createCapturePool } from './workers/capture-pool';

export interface LibraryOptions {
  dataDir: string;
  mode: RunMode;
  /** better-sqlite3's native module for a foreign ABI (the desktop shell passes Electron's build). */
  nativeBinding?: string;
  version?: string;
  /**
   * Where capture tasks run: `workers` on a pool of worker threads (the desktop app,
   * browser mode, `dossier add`), `in-process` for one-shot work and tests, or a runner.
   */
  capture?: 'workers' | 'in-process' | CaptureRunner;
  /** Download images at capture (default true; tests of other things may turn it off). */
  downloadImages?: boolean;
  /** Prints notes to PDF (the desktop shell passes Electron's printToPDF); default: Chromium found on this machine. */
  printToPdf?: PdfPrinter;
}

/** An open library: the database, the repositories over it, and the API dispatcher. */
export interface Library {
  readonly db: Database.Database;
  readonly clippings: ClippingsRepo;
  readonly annotations: AnnotationsRepo;
  readonly list: ClippingList;
  readonly tags: TagsRepo;
  readonly collections: CollectionsRepo;
  readonly notes: NotesRepo;
  readonly outlets: OutletsRepo;
  readonly media: MediaRepo;
  readonly settings: SettingsRepo;
  readonly ingest: Ingest;
  readonly dispatch: Dispatch;
  readonly databaseFile: string;
  /** Connects the running browser bridge, so the settings can show it. */
  useBridge(bridge: BridgeService): void;
  close(): void;
}

export function openLibrary(options: LibraryOptions): Library {
  const databaseFile = databaseFileIn(options.dataDir);
  const db = openDatabase(databaseFile, { nativeBinding: options.nativeBinding });
  const clippings = new ClippingsRepo(db);
  const tags = new TagsRepo(db);
  const annotations = new AnnotationsRepo(db, tags);
  const collections = new CollectionsRepo(db);
  const notes = new NotesRepo(db);
  const outlets = new OutletsRepo(db);
  const list = new ClippingList(db, clippings);
  const media = new MediaRepo(db);
  const settings = new SettingsRepo(db);
  const info = { version: options.version ?? '0.0.0', mode: options.mode, dataDir: options.dataDir, databaseFile };
  const images: ImageCapture | undefined =
    options.downloadImages === false ? undefined : { capture: captureImages, attach: (id, found) => media.attach(id, found) };
  const pool = options.capture === 'workers' ? createCapturePool() : null;
  const run = pool ? pool.run : typeof options.capture === 'function' ? options.capture : runInProcess;
  const ingest = new Ingest({ clippings, run, images });
  let bridge: BridgeService | null = null;
  // The running app (not one-shot CLI commands) catches up on related coverage's word counts.
  const stopBackfill = options.mode === 'cli' ? () => {} : startRelatedBackfill(db);
  const stopCheckpoints = startIdleCheckpoints(db);
  const handlers = createApiHandlers({
    clippings,
    annotations,
    list,
    tags,
    collections,
    notes,
    outlets,
    searches: new SavedSearchesRepo(db),
    related: new RelatedRepo(db),
    ingest,
    compare: (sources) => run('compareSources', sources),
    bridge: { info: () => bridge?.info() ?? bridgeNotRunning(), resetKey: () => bridge?.resetKey() ?? bridgeNotRunning() },
    mediaFor: (id) => new Map(media.forClipping(id).flatMap((row) => localCopy(media, row.src, row.sha256))),
    db,
    info,
    printToPdf: options.printToPdf,
  });
  return {
    db,
    clippings,
    annotations,
    list,
    tags,
    collections,
    notes,
    outlets,
    media,
    settings,
    ingest,
    dispatch: createDispatch(handlers),
    databaseFile,
    useBridge: (running) => {
      bridge = running;
    },
    close: () => {
      stopBackfill();
      stopCheckpoints();
      void pool?.close();
      db.close();
    },
  };
}

function localCopy(media: MediaRepo, src: string, sha256: string): Array<[string, { mediaType: string; bytes: Uint8Array }]> {
  const stored = media.get(sha256);
  return stored ? [[src, stored]] : [];
}

function bridgeNotRunning(): BridgeInfo {
  return {
    status: 'unavailable',
    endpoint: '',
    pairingKey: '',
    bookmarklet: '',
    message: 'The browser bridge runs while the desktop app or `dossier serve` is open.',
  };
}
