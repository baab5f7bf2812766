/** The drag type the clipping list puts on dragged rows: a JSON array of clipping ids. */
export const CLIPPINGS_DRAG_TYPE = 'application/x-dossier-clippings';

export function carriesClippings(types: readonly string[]): boolean {
  return types.includes(CLIPPINGS_DRAG_TYPE);
}

/** The ids in a drop, or [] for anything that is not a non-empty list of positive integers. */
export function parseDraggedClippings(data: string): number[] {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const ids = value.filter((id): id is number => Number.isSafeInteger(id) && id > 0);
  return ids.length === value.length ? [...new Set(ids)] : [];
}
