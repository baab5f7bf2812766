/**
 * Keyset pagination cursor: the sort key and id of the last row of a page, opaque to
 * callers. A cursor that does not decode is treated as "from the start", never an error.
 */
export interface ListCursor {
  sortKey: string;
  id: number;
}

export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([cursor.sortKey, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string | null | undefined): ListCursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && typeof parsed[0] === 'string' && Number.isInteger(parsed[1])) {
      return { sortKey: parsed[0], id: parsed[1] as number };
    }
  } catch {
    // fall through: an unreadable cursor restarts the list
  }
  return null;
}
