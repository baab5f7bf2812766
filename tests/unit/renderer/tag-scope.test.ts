import { describe, expect, it } from 'vitest';
import { isInBranch, movedTagPath } from '../../../renderer/src/tags/tag-scope';

describe('movedTagPath', () => {
  it('follows a tag and the tags below it to their new place', () => {
    expect(movedTagPath('DPRK', 'DPRK', 'North Korea')).toBe('North Korea');
    expect(movedTagPath('dprk/youth', 'DPRK', 'North Korea')).toBe('North Korea/youth');
  });

  it('leaves other tags alone, including ones that only share a prefix', () => {
    expect(movedTagPath('DPRK-watch', 'DPRK', 'North Korea')).toBeNull();
    expect(movedTagPath('China', 'DPRK', 'North Korea')).toBeNull();
  });
});

describe('isInBranch', () => {
  it('is true for the tag itself and anything below it', () => {
    expect(isInBranch('DPRK/youth/league', 'dprk')).toBe(true);
    expect(isInBranch('DPRK', 'DPRK')).toBe(true);
    expect(isInBranch('DPRKyouth', 'DPRK')).toBe(false);
  });
});
