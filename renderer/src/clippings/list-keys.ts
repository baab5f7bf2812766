import type { KeyboardEvent } from 'react';
import { hasCommandKey } from '../ui/platform';

export type ListCommand =
  | { type: 'move'; to: (index: number, count: number, page: number) => number }
  | { type: 'open' }
  | { type: 'trash' }
  | { type: 'rename' };

/** Maps a key in the clipping list to what it does; null lets the key through. */
export function listCommandFor(event: KeyboardEvent): ListCommand | null {
  switch (event.key) {
    case 'ArrowDown':
      return { type: 'move', to: (i, n) => Math.min(n - 1, i + 1) };
    case 'ArrowUp':
      return { type: 'move', to: (i) => Math.max(0, i - 1) };
    case 'PageDown':
      return { type: 'move', to: (i, n, page) => Math.min(n - 1, i + page) };
    case 'PageUp':
      return { type: 'move', to: (i, _n, page) => Math.max(0, i - page) };
    case 'Home':
      return { type: 'move', to: () => 0 };
    case 'End':
      return { type: 'move', to: (_i, n) => n - 1 };
    case 'Enter':
      return { type: 'open' };
    case 'Delete':
      return { type: 'trash' };
    case 'Backspace':
      // ⌘⌫ is the macOS "move to Trash".
      return hasCommandKey(event) ? { type: 'trash' } : null;
    case 'F2':
      return { type: 'rename' };
    default:
      return null;
  }
}
