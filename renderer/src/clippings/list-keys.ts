import type { KeyboardEvent } from 'react';
import { hasCommandKey } from '../ui/platform';

export type MoveHow = 'select' | 'extend' | 'keep';

export type ListCommand =
  /** Moves the current row; `extend` (Shift) stretches the selection from the anchor, `keep` (⌘/Ctrl) leaves it. */
  | { type: 'move'; to: (index: number, count: number, page: number) => number; how: MoveHow }
  | { type: 'open' }
  | { type: 'toggle' }
  | { type: 'selectAll' }
  | { type: 'clear' }
  | { type: 'trash' }
  | { type: 'rename' };

/** Maps a key in the clipping list to what it does; null lets the key through. */
export function listCommandFor(event: KeyboardEvent): ListCommand | null {
  if (event.altKey) return null;
  const command = hasCommandKey(event);
  const how: MoveHow = event.shiftKey ? 'extend' : command ? 'keep' : 'select';
  const move = (to: (index: number, count: number, page: number) => number): ListCommand => ({ type: 'move', to, how });
  switch (event.key) {
    case 'ArrowDown':
      return move((i, n) => Math.min(n - 1, i + 1));
    case 'ArrowUp':
      return move((i) => Math.max(0, i - 1));
    case 'PageDown':
      return move((i, n, page) => Math.min(n - 1, i + page));
    case 'PageUp':
      return move((i, _n, page) => Math.max(0, i - page));
    case 'Home':
      return move(() => 0);
    case 'End':
      return move((_i, n) => n - 1);
    case 'Enter':
      return { type: 'open' };
    case ' ':
      return command ? null : { type: 'toggle' };
    case 'Escape':
      return { type: 'clear' };
    case 'Delete':
      return { type: 'trash' };
    case 'Backspace':
      // ⌘⌫ is the macOS "move to Trash".
      return command ? { type: 'trash' } : null;
    case 'F2':
      return { type: 'rename' };
    default:
      return command && !event.shiftKey && event.key.toLowerCase() === 'a' ? { type: 'selectAll' } : null;
  }
}
