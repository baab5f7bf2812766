import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../shared/domain/tag';
import { branchKeys, buildTagTree, descendantCount, filterTagRows, parentPath, visibleTagRows } from '../../../renderer/src/tags/tag-tree';

let nextId = 1;
function tag(path: string, count = 0): Tag {
  const name = path.split('/').at(-1) ?? path;
  return { id: nextId++, parentId: null, path, name, color: null, count };
}

const tags = [tag('DPRK', 5), tag('DPRK/youth', 3), tag('DPRK/military', 2), tag('DPRK/youth/league', 1), tag('china', 4), tag('Arms control', 1)];

describe('buildTagTree', () => {
  it('nests tags by path, A to Z at each level whatever the case', () => {
    const roots = buildTagTree(tags);
    expect(roots.map((node) => node.name)).toEqual(['Arms control', 'china', 'DPRK']);
    const dprk = roots[2]!;
    expect(dprk.tag?.count).toBe(5);
    expect(dprk.children.map((node) => node.path)).toEqual(['DPRK/military', 'DPRK/youth']);
    expect(dprk.children[1]!.children[0]!.path).toBe('DPRK/youth/league');
  });

  it('keeps children whose parent is missing under a bare node', () => {
    const roots = buildTagTree([tag('Korea/South', 2)]);
    expect(roots).toHaveLength(1);
    expect(roots[0]!.tag).toBeNull();
    expect(roots[0]!.path).toBe('Korea');
    expect(roots[0]!.children[0]!.tag?.count).toBe(2);
  });

  it('matches a child to its parent whatever the case of the path', () => {
    const roots = buildTagTree([tag('dprk/Youth'), tag('DPRK')]);
    expect(roots).toHaveLength(1);
    expect(roots[0]!.tag?.path).toBe('DPRK');
    expect(roots[0]!.children).toHaveLength(1);
  });

  it('counts what lies below a node', () => {
    const dprk = buildTagTree(tags)[2]!;
    expect(descendantCount(dprk)).toBe(3);
    expect(branchKeys(dprk)).toEqual(['dprk', 'dprk/youth']);
  });
});

describe('visibleTagRows', () => {
  it('shows children of expanded tags only, with their depth', () => {
    const roots = buildTagTree(tags);
    expect(visibleTagRows(roots, new Set()).map((row) => row.node.path)).toEqual(['Arms control', 'china', 'DPRK']);
    const rows = visibleTagRows(roots, new Set(['dprk', 'dprk/youth']));
    expect(rows.map((row) => `${row.depth}:${row.node.name}`)).toEqual(['0:Arms control', '0:china', '0:DPRK', '1:military', '1:youth', '2:league']);
    expect(rows[2]!.expanded).toBe(true);
  });

  it('does not count a leaf as expanded', () => {
    const rows = visibleTagRows(buildTagTree(tags), new Set(['china']));
    expect(rows[1]!.expanded).toBe(false);
  });
});

describe('filterTagRows', () => {
  it('keeps matching tags and the ancestors that lead to them, opened', () => {
    const rows = filterTagRows(buildTagTree(tags), 'LEAG');
    expect(rows.map((row) => `${row.depth}:${row.node.name}:${row.expanded}`)).toEqual(['0:DPRK:true', '1:youth:true', '2:league:false']);
  });

  it('matches anywhere in the path, so a parent name finds its children', () => {
    const rows = filterTagRows(buildTagTree(tags), 'dprk');
    expect(rows.map((row) => row.node.path)).toEqual(['DPRK', 'DPRK/military', 'DPRK/youth', 'DPRK/youth/league']);
  });

  it('finds nothing for blank or unknown text', () => {
    expect(filterTagRows(buildTagTree(tags), '  ')).toEqual([]);
    expect(filterTagRows(buildTagTree(tags), 'iran')).toEqual([]);
  });

  it('stays fast on 10,000 tags', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => tag(`topic ${i % 100}/sub ${i}`, i));
    const started = performance.now();
    const roots = buildTagTree(many);
    const rows = filterTagRows(roots, 'sub 99');
    expect(rows.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('parentPath', () => {
  it('drops the last segment', () => {
    expect(parentPath('DPRK/youth/league')).toBe('DPRK/youth');
    expect(parentPath('DPRK')).toBeNull();
  });
});
