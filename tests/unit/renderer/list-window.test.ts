import { describe, expect, it } from 'vitest';
import type { ClippingListItem, ClippingPage } from '../../../shared/domain/clipping';
import { idsInRange, indexOfRow, pageRequest, pagesInRange, rowAt } from '../../../renderer/src/clippings/list-pages';

function page(ids: number[]): ClippingPage {
  return { items: ids.map((id) => ({ id }) as ClippingListItem), total: 0, nextCursor: null, searched: { query: '', notes: [] } };
}

describe('pagesInRange', () => {
  it('always holds page 0, which carries the total', () => {
    expect(pagesInRange(0, 0, 0)).toEqual([0]);
    expect(pagesInRange(450, 480, 100_000)).toEqual([0, 4]);
  });

  it('covers a window across a page boundary, clamped to the list', () => {
    expect(pagesInRange(180, 230, 100_000)).toEqual([0, 1, 2]);
    expect(pagesInRange(-20, 40, 1000)).toEqual([0]);
    expect(pagesInRange(950, 1030, 1000)).toEqual([0, 9]);
    expect(pagesInRange(99_990, 100_030, 100_000)).toEqual([0, 999]);
  });

  it('honours another page size', () => {
    expect(pagesInRange(10, 25, 100, 10)).toEqual([0, 1, 2]);
  });
});

describe('pageRequest', () => {
  it('goes on from the previous page by keyset when its cursor is known', () => {
    expect(pageRequest(3, 'abc')).toEqual({ cursor: 'abc' });
  });

  it('jumps by offset otherwise; page 0 never takes a cursor', () => {
    expect(pageRequest(3, null)).toEqual({ offset: 300 });
    expect(pageRequest(7, undefined)).toEqual({ offset: 700 });
    expect(pageRequest(0, 'abc')).toEqual({ offset: 0 });
  });
});

describe('rows of loaded pages', () => {
  const pages = new Map([
    [0, page([10, 11, 12])],
    [2, page([30, 31, 32])],
  ]);

  it('finds a row by index and an index by id, only where loaded', () => {
    expect(rowAt(pages, 1, 3)?.id).toBe(11);
    expect(rowAt(pages, 7, 3)?.id).toBe(31);
    expect(rowAt(pages, 4, 3)).toBeUndefined();
    expect(indexOfRow(pages, 32, 3)).toBe(8);
    expect(indexOfRow(pages, 99, 3)).toBe(-1);
  });

  it('gives a range of ids in list order either way, or null when a page in it is missing', () => {
    expect(idsInRange(pages, 0, 2, 3)).toEqual([10, 11, 12]);
    expect(idsInRange(pages, 8, 6, 3)).toEqual([30, 31, 32]);
    expect(idsInRange(pages, 1, 7, 3)).toBeNull();
  });
});
