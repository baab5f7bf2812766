import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, shell } from 'electron';
import { resolveDataDir } from '../core/data-dir';
import { startBridgeService, type BridgeService } from '../core/bridge/bridge-service';
import { openLibrary, type Library } from '../core/library';
import { appMenuTemplate } from './app-menu';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { parseShellArgs } from './args';
import { createSenderCheck, registerApi } from './ipc';
import { requireNativeBinding } from './native-binding';
import { guardNavigation } from './navigation';
import { denyAllPermissions } from './permissions';
import { createPdfPrinter } from './print-to-pdf';
import { createMainWindow, focusWindow } from './window';

/** The bundle lives in dist/electron/; the preload beside it, the renderer in dist/renderer/. */
const bundleDir = dirname(fileURLToPath(import.meta.url));
const PRELOAD_PATH = join(bundleDir, 'preload.cjs');
const RENDERER_ROOT = join(bundleDir, '..', 'renderer');

// Before `ready`: privileged scheme, sandbox for every renderer, where data lives.
registerAppScheme(protocol);
app.enableSandbox();

const args = parseShellArgs(process.argv.slice(1));
const dataDir = resolveDataDir(args.dataDir, process.env, app.getPath('userData'));
if (args.dataDir || process.env.DOSSIER_DATA_DIR) {
  // An explicit library gets its own Chromium profile, and so its own single-instance lock.
  const profileDir = join(dataDir, 'electron-profile');
  mkdirSync(profileDir, { recursive: true });
  app.setPath('userData', profileDir);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  let library: Library | null = null;
  let bridge: BridgeService | null = null;
  let mainWindow: BrowserWindow | null = null;

  const openWindow = (): void => {
    const window = createMainWindow(PRELOAD_PATH, nativeTheme.shouldUseDarkColors);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };

  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow);
  });
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, (url) => shell.openExternal(url));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (library && !mainWindow) openWindow();
  });
  app.on('will-quit', () => {
    void bridge?.close();
    bridge = null;
    library?.close();
    library = null;
  });

  app
    .whenReady()
    .then(async () => {
      denyAllPermissions(session.defaultSession);
      Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(process.platform)));
      handleAppProtocol(protocol, RENDERER_ROOT, (sha256) => library?.media.get(sha256) ?? null);
      library = openLibrary({
        dataDir,
        mode: 'desktop',
        version: app.getVersion(),
        capture: 'workers',
        printToPdf: createPdfPrinter(),
        nativeBinding: requireNativeBinding({
          packaged: app.isPackaged,
          appPath: app.getAppPath(),
          resourcesPath: process.resourcesPath,
        }),
      });
      registerApi(
        ipcMain,
        library.dispatch,
        createSenderCheck(() => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null)),
      );
      openWindow();
      // The bridge never keeps the app from starting: if its port is taken, Settings says so.
      bridge = await startBridgeService({ settings: library.settings, ingest: library.ingest });
      library.useBridge(bridge);
    })
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      console.error('[dossier] could not start:', error);
      dialog.showErrorBox('Dossier could not start', message);
      app.exit(1);
    });
}
