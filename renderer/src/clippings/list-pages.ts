import type { ClippingListItem, ClippingPage } from '../../../shared/domain/clipping';

/**
 * Page arithmetic for the windowed list. The list is fetched in pages of
 * PAGE_SIZE rows by page index: page p is rows [p·size, (p+1)·size). The next page
 * after a cached one is asked for with its cursor (keyset, cheap anywhere); a page
 * reached by a jump is asked for by offset.
 */
export const PAGE_SIZE = 100;

/** The pages holding rows first..last (inclusive), clamped to the list; page 0 always (it carries the total). */
export function pagesInRange(first: number, last: number, total: number, size = PAGE_SIZE): number[] {
  const lastRow = Math.min(last, total - 1);
  const pages = new Set<number>([0]);
  if (lastRow < 0) return [0];
  for (let page = Math.floor(Math.max(0, first) / size); page <= Math.floor(lastRow / size); page++) pages.add(page);
  return [...pages].sort((a, b) => a - b);
}

export type PageRequest = { cursor: string } | { offset: number };

/** Keyset after the previous page when its cursor is known and current; else by offset. */
export function pageRequest(page: number, previousCursor: string | null | undefined, size = PAGE_SIZE): PageRequest {
  if (page > 0 && previousCursor) return { cursor: previousCursor };
  return { offset: page * size };
}

/** The row at `index`, if its page is loaded. */
export function rowAt(pages: ReadonlyMap<number, ClippingPage>, index: number, size = PAGE_SIZE): ClippingListItem | undefined {
  return pages.get(Math.floor(index / size))?.items[index % size];
}

/** The index of a loaded row, or -1. */
export function indexOfRow(pages: ReadonlyMap<number, ClippingPage>, id: number, size = PAGE_SIZE): number {
  for (const [page, data] of pages) {
    const at = data.items.findIndex((item) => item.id === id);
    if (at >= 0) return page * size + at;
  }
  return -1;
}

/** The ids of rows first..last (inclusive) when all their pages are loaded; else null (ask the core). */
export function idsInRange(pages: ReadonlyMap<number, ClippingPage>, first: number, last: number, size = PAGE_SIZE): number[] | null {
  const ids: number[] = [];
  for (let index = Math.min(first, last); index <= Math.max(first, last); index++) {
    const row = rowAt(pages, index, size);
    if (!row) return null;
    ids.push(row.id);
  }
  return ids;
}
