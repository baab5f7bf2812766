/**
 * The window's colour theme. Every colour comes from tokens.css, which holds the light
 * values under :root and the dark ones under [data-theme='dark']; this module only
 * decides which applies and writes it on <html>. "System" follows the platform's
 * `prefers-color-scheme`, including changes while the app is open (an evening switch).
 */
export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const themeChoices: readonly ThemeChoice[] = ['system', 'light', 'dark'];

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

let stopFollowing: (() => void) | null = null;

/** Applies a choice to the whole window; "system" keeps following the platform until another choice is applied. */
export function applyTheme(choice: ThemeChoice): void {
  stopFollowing?.();
  stopFollowing = null;
  const media = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
  setTheme(resolveTheme(choice, media?.matches ?? false));
  if (choice !== 'system' || !media) return;
  const onChange = (event: MediaQueryListEvent) => setTheme(event.matches ? 'dark' : 'light');
  media.addEventListener('change', onChange);
  stopFollowing = () => media.removeEventListener('change', onChange);
}

function setTheme(theme: Theme): void {
  const root = document.documentElement;
  if (root.dataset.theme === theme) return;
  root.dataset.theme = theme;
  // Form controls, scrollbars and the canvas behind the page follow too (tokens.css sets it as well).
  root.style.colorScheme = theme;
}
