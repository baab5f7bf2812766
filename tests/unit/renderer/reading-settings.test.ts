import { describe, expect, it } from 'vitest';
import {
  defaultReadingSettings,
  FONT_SIZES,
  fontSizeForKey,
  parseReadingSettings,
  snapFontSize,
  stepFontSize,
} from '../../../renderer/src/reader/reading-settings';
import {
  MAX_POSITIONS,
  parsePositions,
  rememberPosition,
  serialisePositions,
  type PositionStore,
} from '../../../renderer/src/reader/use-reading-position';
import { resolveTheme } from '../../../renderer/src/ui/theme';

describe('text size', () => {
  it('offers 15 to 24 px and starts at the size the reader always had', () => {
    expect(FONT_SIZES[0]).toBe(15);
    expect(FONT_SIZES.at(-1)).toBe(24);
    expect(FONT_SIZES).toContain(defaultReadingSettings.fontSize);
    expect(defaultReadingSettings.fontSize).toBe(17);
  });

  it('snaps any size to the nearest step, the smaller on a tie, and clamps at either end', () => {
    expect(snapFontSize(17)).toBe(17);
    expect(snapFontSize(19)).toBe(18);
    expect(snapFontSize(21.4)).toBe(22);
    expect(snapFontSize(3)).toBe(15);
    expect(snapFontSize(400)).toBe(24);
    expect(snapFontSize(Number.NaN)).toBe(17);
  });

  it('steps up and down and stays at the ends', () => {
    expect(stepFontSize(17, 1)).toBe(18);
    expect(stepFontSize(17, -1)).toBe(16);
    expect(stepFontSize(24, 1)).toBe(24);
    expect(stepFontSize(15, -1)).toBe(15);
    expect(stepFontSize(19, 1)).toBe(20);
  });

  it('reads Ctrl/⌘ with = or + as larger, - as smaller and 0 as the default', () => {
    expect(fontSizeForKey('=', 17)).toBe(18);
    expect(fontSizeForKey('+', 17)).toBe(18);
    expect(fontSizeForKey('-', 17)).toBe(16);
    expect(fontSizeForKey('0', 22)).toBe(17);
    expect(fontSizeForKey('f', 17)).toBeNull();
  });
});

describe('stored settings', () => {
  it('falls back to the defaults for nothing, garbage or the wrong shape', () => {
    for (const raw of [null, '', 'not json', '42', '"dark"', '[]', 'null']) {
      expect(parseReadingSettings(raw)).toEqual(defaultReadingSettings);
    }
  });

  it('keeps each valid field and replaces each invalid one on its own', () => {
    expect(parseReadingSettings(JSON.stringify({ fontSize: 22, width: 'wide', theme: 'dark' }))).toEqual({ fontSize: 22, width: 'wide', theme: 'dark' });
    expect(parseReadingSettings(JSON.stringify({ fontSize: '22', width: 'huge', theme: 'light' }))).toEqual({ fontSize: 17, width: 'medium', theme: 'light' });
    expect(parseReadingSettings(JSON.stringify({ fontSize: 99, theme: 'sepia' }))).toEqual({ fontSize: 24, width: 'medium', theme: 'system' });
  });
});

describe('theme', () => {
  it('follows the system for "system" and keeps an explicit choice', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('reading positions', () => {
  const at = (block: number) => ({ block, within: 0.25, fraction: 0.5 });

  it('round-trips through storage, newest last', () => {
    let store: PositionStore = new Map();
    store = rememberPosition(store, 7, at(3));
    store = rememberPosition(store, 9, at(12));
    store = rememberPosition(store, 7, at(4));
    const read = parsePositions(serialisePositions(store));
    expect([...read.keys()]).toEqual([9, 7]);
    expect(read.get(7)).toEqual(at(4));
  });

  it('forgets a clipping read back to its top', () => {
    const store = rememberPosition(rememberPosition(new Map(), 7, at(3)), 7, null);
    expect(store.has(7)).toBe(false);
  });

  it('keeps only the most recent clippings', () => {
    let store: PositionStore = new Map();
    for (let id = 1; id <= MAX_POSITIONS + 20; id += 1) store = rememberPosition(store, id, at(1));
    expect(store.size).toBe(MAX_POSITIONS);
    expect(store.has(20)).toBe(false);
    expect(store.has(21)).toBe(true);
    // Reading an old one again makes it the newest, so it outlives the next trim.
    store = rememberPosition(store, 21, at(2));
    store = rememberPosition(store, 10_000, at(1));
    expect(store.has(21)).toBe(true);
    expect(store.has(22)).toBe(false);
  });

  it('skips malformed entries and clamps values instead of failing', () => {
    const raw = JSON.stringify([[1, 2, 0.5, 0.3], 'x', [2, -1, 0, 0], [0, 1, 0, 0], [3, 1, 'a', 0], [4, 1, 5, 2], [1.5, 1, 0, 0]]);
    const store = parsePositions(raw);
    expect([...store.keys()]).toEqual([1, 4]);
    expect(store.get(4)).toEqual({ block: 1, within: 1, fraction: 1 });
    expect(parsePositions('{"7": 1}').size).toBe(0);
    expect(parsePositions('nonsense').size).toBe(0);
    expect(parsePositions(null).size).toBe(0);
  });

  it('bounds what it reads, even from a store written by hand', () => {
    const raw = JSON.stringify(Array.from({ length: MAX_POSITIONS + 100 }, (_, i) => [i + 1, 0, 0, 0.1]));
    const store = parsePositions(raw);
    expect(store.size).toBe(MAX_POSITIONS);
    expect(store.has(MAX_POSITIONS + 100)).toBe(true);
  });
});
