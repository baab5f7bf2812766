/** What a key does in a sidebar tree (WAI-ARIA tree pattern), given the focused row. */
export type TreeMove =
  | { kind: 'focus'; index: number }
  | { kind: 'expand' }
  | { kind: 'collapse' }
  | { kind: 'select' }
  | { kind: 'menu' };

export interface TreeKeyRow {
  depth: number;
  /** undefined for a row without children. */
  expanded: boolean | undefined;
}

export function treeMove(key: string, shiftKey: boolean, rows: readonly TreeKeyRow[], index: number): TreeMove | null {
  const row = rows[index];
  if (!row) return null;
  switch (key) {
    case 'ArrowDown':
      return index + 1 < rows.length ? { kind: 'focus', index: index + 1 } : null;
    case 'ArrowUp':
      return index > 0 ? { kind: 'focus', index: index - 1 } : null;
    case 'Home':
      return { kind: 'focus', index: 0 };
    case 'End':
      return { kind: 'focus', index: rows.length - 1 };
    case 'ArrowRight':
      if (row.expanded === false) return { kind: 'expand' };
      if (row.expanded === true && rows[index + 1]) return { kind: 'focus', index: index + 1 };
      return null;
    case 'ArrowLeft': {
      if (row.expanded === true) return { kind: 'collapse' };
      const parent = parentIndex(rows, index);
      return parent === null ? null : { kind: 'focus', index: parent };
    }
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    case 'ContextMenu':
      return { kind: 'menu' };
    case 'F10':
      return shiftKey ? { kind: 'menu' } : null;
    default:
      return null;
  }
}

/** The nearest row above at a smaller depth. */
export function parentIndex(rows: readonly TreeKeyRow[], index: number): number | null {
  const depth = rows[index]?.depth ?? 0;
  for (let i = index - 1; i >= 0; i -= 1) if ((rows[i]?.depth ?? 0) < depth) return i;
  return null;
}
