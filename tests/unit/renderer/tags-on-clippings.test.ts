import { describe, expect, it } from 'vitest';
import { findTagged, sharedTags } from '../../../renderer/src/tags/tags-on-clippings';

const dprk = { id: 1, path: 'DPRK', color: 'red' };
const youth = { id: 2, path: 'DPRK/youth', color: null };
const arms = { id: 3, path: 'arms', color: null };

describe('sharedTags', () => {
  it('lists each tag once, A to Z, with how many clippings carry it', () => {
    const shared = sharedTags([
      { id: 10, tags: [youth, dprk] },
      { id: 11, tags: [dprk, arms] },
      { id: 12, tags: [] },
    ]);
    expect(shared.map((entry) => `${entry.tag.path}:${entry.count}`)).toEqual(['arms:1', 'DPRK:2', 'DPRK/youth:1']);
  });
});

describe('findTagged', () => {
  it('finds the selected clippings in list pages, search results and single clippings', () => {
    const data = [
      { pages: [{ items: [{ id: 10, tags: [dprk] }, { id: 99, tags: [] }] }, { items: [{ id: 11, tags: [arms] }] }] },
      { total: 1, items: [{ id: 12, tags: [youth] }] },
      { id: 13, tags: [], doc: {} },
      [{ id: 1, path: 'DPRK', count: 3 }],
      null,
      'text',
    ];
    const found = findTagged(data, new Set([10, 11, 12, 13, 14]));
    expect(found.map((clipping) => clipping.id).sort()).toEqual([10, 11, 12, 13]);
  });

  it('keeps the first copy of a clipping it finds', () => {
    const found = findTagged([{ id: 10, tags: [dprk] }, { items: [{ id: 10, tags: [] }] }], new Set([10]));
    expect(found).toEqual([{ id: 10, tags: [dprk] }]);
  });
});
