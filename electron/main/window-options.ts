import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options. The renderer is untrusted web content: no Node, its own
 * JS world (contextIsolation), an OS sandbox, and only the preload's named functions.
 */
export function mainWindowOptions(preloadPath: string, dark = false): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Dossier',
    // The theme's page colour (tokens.css), so resizing never shows a white edge in dark mode.
    backgroundColor: dark ? '#1b1c20' : '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      spellcheck: true,
      devTools: true,
    },
  };
}
