import { describe, expect, it } from 'vitest';
import type { Collection } from '../../../shared/domain/collection';
import { buildCollectionTree, findCollection, nestedCount, subtreeIds, visibleCollectionRows } from '../../../renderer/src/collections/collection-tree';
import { parseDraggedClippings } from '../../../renderer/src/collections/dragged-clippings';

const c = (id: number, name: string, parentId: number | null = null, count = 0): Collection => ({ id, name, parentId, path: name, count });
const list = [c(1, 'Sanctions'), c(2, 'Youth league', 1), c(3, 'ADMM', 1), c(4, 'archive'), c(5, 'Orphan', 99), c(6, 'Deep', 2)];

describe('buildCollectionTree', () => {
  it('nests by parent, A to Z, and keeps an orphan at the top', () => {
    const roots = buildCollectionTree(list);
    expect(roots.map((node) => node.collection.name)).toEqual(['archive', 'Orphan', 'Sanctions']);
    expect(roots[2]!.children.map((node) => node.collection.name)).toEqual(['ADMM', 'Youth league']);
    expect(nestedCount(roots[2]!)).toBe(3);
    expect(subtreeIds(roots[2]!)).toEqual([1, 3, 2, 6]);
    expect(findCollection(roots, 6)?.collection.name).toBe('Deep');
  });

  it('lists children of expanded collections only', () => {
    const roots = buildCollectionTree(list);
    expect(visibleCollectionRows(roots, new Set([1])).map((row) => `${row.depth}:${row.node.collection.name}`)).toEqual([
      '0:archive',
      '0:Orphan',
      '0:Sanctions',
      '1:ADMM',
      '1:Youth league',
    ]);
  });
});

describe('parseDraggedClippings', () => {
  it('reads a JSON array of ids, once each', () => {
    expect(parseDraggedClippings('[3, 1, 3]')).toEqual([3, 1]);
  });

  it('refuses anything else', () => {
    for (const data of ['', 'nope', '{"id":1}', '[1, "2"]', '[0]', '[1.5]', '[]']) expect(parseDraggedClippings(data)).toEqual([]);
  });
});
