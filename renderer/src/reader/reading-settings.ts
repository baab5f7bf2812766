import { useCallback, useSyncExternalStore, type CSSProperties } from 'react';
import { applyTheme, themeChoices, type ThemeChoice } from '../ui/theme';

/**
 * How the reader sets text: size, column width, and the window's theme. Kept in this
 * renderer's localStorage (a preference of this machine, not of the library), read
 * leniently: a stored value that is missing, malformed or out of range falls back to
 * its default (sizes snap to the nearest step), so an old or edited entry never breaks
 * the reader.
 */
export type ColumnWidth = 'narrow' | 'medium' | 'wide';

export interface ReadingSettings {
  fontSize: number;
  width: ColumnWidth;
  theme: ThemeChoice;
}

/** Text sizes in px, smallest to largest; the reader's size before settings existed is the default. */
export const FONT_SIZES: readonly number[] = [15, 16, 17, 18, 20, 22, 24];
export const columnWidths: readonly ColumnWidth[] = ['narrow', 'medium', 'wide'];

export const defaultReadingSettings: ReadingSettings = { fontSize: 17, width: 'medium', theme: 'system' };

export const STORAGE_KEY = 'dossier.reading';

/** The nearest step to a size; a size halfway between two steps takes the smaller. */
export function snapFontSize(size: number): number {
  if (!Number.isFinite(size)) return defaultReadingSettings.fontSize;
  let best = FONT_SIZES[0]!;
  for (const step of FONT_SIZES) if (Math.abs(step - size) < Math.abs(best - size)) best = step;
  return best;
}

/** One step larger (+1) or smaller (-1), staying at either end. */
export function stepFontSize(size: number, direction: 1 | -1): number {
  const index = FONT_SIZES.indexOf(snapFontSize(size));
  return FONT_SIZES[Math.min(FONT_SIZES.length - 1, Math.max(0, index + direction))]!;
}

export function parseReadingSettings(raw: string | null): ReadingSettings {
  let value: unknown;
  try {
    value = raw === null ? null : JSON.parse(raw);
  } catch {
    value = null;
  }
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    fontSize: typeof stored.fontSize === 'number' ? snapFontSize(stored.fontSize) : defaultReadingSettings.fontSize,
    width: oneOf(columnWidths, stored.width) ?? defaultReadingSettings.width,
    theme: oneOf(themeChoices, stored.theme) ?? defaultReadingSettings.theme,
  };
}

function oneOf<T extends string>(choices: readonly T[], value: unknown): T | undefined {
  return choices.find((choice) => choice === value);
}

// One snapshot for the whole renderer, so every reader of it sees the same object until it changes.
let current: ReadingSettings | null = null;
const listeners = new Set<() => void>();

function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function readingSettings(): ReadingSettings {
  current ??= parseReadingSettings(readStorage());
  return current;
}

export function updateReadingSettings(change: Partial<ReadingSettings>): void {
  const next = parseReadingSettings(JSON.stringify({ ...readingSettings(), ...change }));
  const before = readingSettings();
  if (next.fontSize === before.fontSize && next.width === before.width && next.theme === before.theme) return;
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage full or unavailable: the choice still holds for this session.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Another window of the app (browser mode allows several tabs) changed the settings.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    current = null;
    for (const listener of listeners) listener();
  });
}

export function useReadingSettings(): [ReadingSettings, (change: Partial<ReadingSettings>) => void] {
  const settings = useSyncExternalStore(subscribe, readingSettings);
  return [settings, useCallback((change: Partial<ReadingSettings>) => updateReadingSettings(change), [])];
}

/** The settings on the reader's scroll area: the size as --text-reading, the width for reader.css to pick a measure. */
export function readingAttributes(settings: ReadingSettings): { 'data-width': ColumnWidth; style: CSSProperties } {
  return { 'data-width': settings.width, style: { '--text-reading': `${settings.fontSize}px` } as CSSProperties };
}

/** Applies the stored theme now (call before the first render) and whenever it changes. */
export function followThemeSetting(): void {
  let applied = readingSettings().theme;
  applyTheme(applied);
  subscribe(() => {
    const { theme } = readingSettings();
    if (theme === applied) return;
    applied = theme;
    applyTheme(theme);
  });
}

/** Ctrl/⌘ + = larger, − smaller, 0 the default size; null for any other key. */
export function fontSizeForKey(key: string, size: number): number | null {
  if (key === '=' || key === '+') return stepFontSize(size, 1);
  if (key === '-' || key === '_') return stepFontSize(size, -1);
  if (key === '0') return defaultReadingSettings.fontSize;
  return null;
}
