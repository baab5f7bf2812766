import type { ListSort, SortDirection } from '../../../shared/domain/list-query';

/**
 * Keyset pagination cursor: the sort, and the sort key and id of the last row of a
 * page, opaque to callers. A cursor that does not decode, or was made for another
 * sort, is treated as "from the start", never an error.
 */
export interface ListCursor {
  sort: ListSort;
  direction: SortDirection;
  sortKey: string;
  id: number;
}

export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.direction, cursor.sortKey, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string | null | undefined, sort: ListSort, direction: SortDirection): ListCursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed[0] === sort && parsed[1] === direction && typeof parsed[2] === 'string' && Number.isInteger(parsed[3])) {
      return { sort, direction, sortKey: parsed[2], id: parsed[3] as number };
    }
  } catch {
    // fall through: an unreadable cursor restarts the list
  }
  return null;
}
