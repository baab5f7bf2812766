import { stepIndex } from './find-trigger';

/**
 * The keys of a menu opened from the editor (slash menu, citation picker): the
 * editor keeps the focus and hands these keys to the open menu first.
 */
export type MenuKeyHandler = (event: KeyboardEvent) => boolean;

export function menuKey(
  event: KeyboardEvent,
  active: number,
  count: number,
  actions: { move(index: number): void; choose(index: number): void; close(): void },
): boolean {
  switch (event.key) {
    case 'ArrowDown':
      actions.move(stepIndex(active, 1, count));
      return true;
    case 'ArrowUp':
      actions.move(stepIndex(active, -1, count));
      return true;
    case 'Enter':
    case 'Tab':
      if (count === 0) return false;
      actions.choose(active);
      return true;
    case 'Escape':
      actions.close();
      return true;
    default:
      return false;
  }
}
