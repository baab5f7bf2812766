/**
 * Browser mode: the host prints a link ending in `#token=…`. The token is moved
 * into sessionStorage (so a reload keeps working) and removed from the address
 * bar, so it is not left in history or screenshots.
 */
const STORAGE_KEY = 'dossier.token';

export function takeSessionToken(): string | null {
  const fromFragment = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromFragment) {
    sessionStorage.setItem(STORAGE_KEY, fromFragment);
    const { pathname, search } = window.location;
    history.replaceState(history.state, '', pathname + search);
    return fromFragment;
  }
  return sessionStorage.getItem(STORAGE_KEY);
}

export function forgetSessionToken(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
