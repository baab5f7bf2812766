import type { WebContents } from 'electron';
import { isWebUrl } from '../../shared/document/safe-url';
import { isAppUrl } from './app-origin';

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
export type OpenExternal = (url: string) => unknown;

/**
 * Keeps every webContents on `app://dossier`. Navigations and redirects elsewhere are
 * cancelled; http(s) links the user follows go to the system browser instead.
 * New windows are never created. <webview> is never attached.
 */
export function guardNavigation(contents: GuardedContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    if (event.isMainFrame) openInBrowser(event.url, openExternal);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url, openExternal);
    return { action: 'deny' };
  });
}

/** Opens http/https only; everything else (file:, javascript:, app:, data:, mailto: …) is dropped. */
export function openInBrowser(url: unknown, openExternal: OpenExternal): boolean {
  if (!isWebUrl(url)) return false;
  void Promise.resolve()
    .then(() => openExternal(url))
    .catch((error: unknown) => console.warn('[dossier] could not open the link in the system browser:', error));
  return true;
}
