/**
 * The renderer's one origin. The window loads `app://dossier/index.html`; IPC and
 * navigation are trusted only for this scheme + host. Node's URL gives non-special
 * schemes an opaque origin ("null"), so the check compares protocol and host.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export function isAppUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
