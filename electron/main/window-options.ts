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

/**
 * The hidden window that prints a note's HTML export to PDF (print-to-pdf.ts). The page is
 * our own escaped HTML, but its text comes from clipped pages: it gets no JavaScript at
 * all, no preload, no Node, an OS sandbox, its own in-memory session (no cookies, no
 * storage, not the app:// scheme) and is never shown — rendered offscreen.
 */
export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      offscreen: true,
      javascript: false,
      partition: 'dossier-pdf',
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
      spellcheck: false,
      devTools: false,
    },
  };
}
