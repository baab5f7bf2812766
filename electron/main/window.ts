import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { mainWindowOptions } from './window-options';

/** Creates the main window on app://dossier/index.html; shows it once painted. */
export function createMainWindow(preloadPath: string, dark = false): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, dark));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[dossier] could not load the app page:', error);
  });
  return window;
}

/** Brings a window to the front (second launch, dock click). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
