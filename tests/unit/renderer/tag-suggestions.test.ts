import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../shared/domain/tag';
import { matchRank, suggestTags } from '../../../renderer/src/tags/tag-suggestions';

let nextId = 1;
function tag(path: string, count = 0): Tag {
  return { id: nextId++, parentId: null, path, name: path.split('/').at(-1) ?? path, color: null, count };
}

const tags = [tag('DPRK', 9), tag('DPRK/youth', 3), tag('DPRK/military', 4), tag('Youth policy', 1), tag('China/youth', 7), tag('sanctions', 2)];

function paths(typed: string, exclude?: Set<string>): string[] {
  return suggestTags(tags, typed, exclude).map((s) => (s.kind === 'new' ? `+${s.path}` : s.tag.path));
}

describe('matchRank', () => {
  it('orders whole path, last segment, path prefix, segment prefix, inner segment, substring', () => {
    expect(matchRank('DPRK', 'dprk')).toBe(0);
    expect(matchRank('China/youth', 'YOUTH')).toBe(1);
    expect(matchRank('DPRK/military', 'dp')).toBe(2);
    expect(matchRank('DPRK/military', 'mil')).toBe(3);
    expect(matchRank('DPRK/military/navy', 'military')).toBe(4);
    expect(matchRank('sanctions', 'ction')).toBe(5);
    expect(matchRank('sanctions', 'iran')).toBeNull();
  });
});

describe('suggestTags', () => {
  it('puts an exact match first and offers no new tag then', () => {
    expect(paths('dprk')).toEqual(['DPRK', 'DPRK/military', 'DPRK/youth']);
  });

  it('puts matches that begin with what was typed before the new tag, best and most used first', () => {
    expect(paths('yout')).toEqual(['Youth policy', 'China/youth', 'DPRK/youth', '+yout']);
    expect(paths('youth')).toEqual(['China/youth', 'DPRK/youth', 'Youth policy', '+youth']);
    expect(paths('mil')).toEqual(['DPRK/military', '+mil']);
  });

  it('offers to create what was typed first when it only occurs inside other tags', () => {
    expect(paths('ction')).toEqual(['+ction', 'sanctions']);
    expect(paths('outh')).toEqual(['+outh', 'China/youth', 'DPRK/youth', 'Youth policy']);
  });

  it('normalises the typed path', () => {
    expect(paths(' DPRK / navy ')).toEqual(['+DPRK/navy']);
    expect(paths('  / ')).toEqual([]);
  });

  it('leaves out tags already chosen, and does not offer to create one of them', () => {
    expect(paths('dprk', new Set(['dprk', 'dprk/youth']))).toEqual(['DPRK/military']);
    expect(paths('Iran', new Set(['iran']))).toEqual([]);
  });

  it('shows at most the limit of existing tags', () => {
    const many = Array.from({ length: 30 }, (_, i) => tag(`topic/${i}`, i));
    expect(suggestTags(many, 'topic', new Set(), 5).filter((s) => s.kind === 'existing')).toHaveLength(5);
  });
});
