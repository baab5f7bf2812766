import { describe, expect, it } from 'vitest';
import { parentIndex, treeMove } from '../../../renderer/src/sidebar/tree-keys';

// DPRK (open) > youth (closed), military; China
const rows = [
  { depth: 0, expanded: true },
  { depth: 1, expanded: false },
  { depth: 1, expanded: undefined },
  { depth: 0, expanded: undefined },
];

describe('treeMove', () => {
  it('moves up and down, and to either end', () => {
    expect(treeMove('ArrowDown', false, rows, 0)).toEqual({ kind: 'focus', index: 1 });
    expect(treeMove('ArrowDown', false, rows, 3)).toBeNull();
    expect(treeMove('ArrowUp', false, rows, 0)).toBeNull();
    expect(treeMove('End', false, rows, 0)).toEqual({ kind: 'focus', index: 3 });
    expect(treeMove('Home', false, rows, 2)).toEqual({ kind: 'focus', index: 0 });
  });

  it('opens a closed row with →, then enters it; closes with ←, then goes to the parent', () => {
    expect(treeMove('ArrowRight', false, rows, 1)).toEqual({ kind: 'expand' });
    expect(treeMove('ArrowRight', false, rows, 0)).toEqual({ kind: 'focus', index: 1 });
    expect(treeMove('ArrowRight', false, rows, 2)).toBeNull();
    expect(treeMove('ArrowLeft', false, rows, 0)).toEqual({ kind: 'collapse' });
    expect(treeMove('ArrowLeft', false, rows, 2)).toEqual({ kind: 'focus', index: 0 });
    expect(treeMove('ArrowLeft', false, rows, 3)).toBeNull();
  });

  it('selects with Enter or Space and opens the menu with Shift+F10 or the menu key', () => {
    expect(treeMove('Enter', false, rows, 1)).toEqual({ kind: 'select' });
    expect(treeMove(' ', false, rows, 1)).toEqual({ kind: 'select' });
    expect(treeMove('F10', true, rows, 1)).toEqual({ kind: 'menu' });
    expect(treeMove('F10', false, rows, 1)).toBeNull();
    expect(treeMove('ContextMenu', false, rows, 1)).toEqual({ kind: 'menu' });
  });

  it('finds the parent row', () => {
    expect(parentIndex(rows, 2)).toBe(0);
    expect(parentIndex(rows, 0)).toBeNull();
  });
});
