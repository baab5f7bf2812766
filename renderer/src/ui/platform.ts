import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

/** Shortcut labels as the platform writes them: ⌘N on macOS, Ctrl+N elsewhere. */
export const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

export function shortcut(key: string): string {
  return isMac ? `⌘${key}` : `Ctrl+${key}`;
}

/** The platform's command modifier: ⌘ on macOS, Ctrl elsewhere. */
export function hasCommandKey(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  return isMac ? event.metaKey : event.ctrlKey;
}

/** True when typing goes into a field, so global shortcuts must stay out of the way. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(type);
}
