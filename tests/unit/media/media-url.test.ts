import { describe, expect, it } from 'vitest';
import { mediaPath, parseMediaPath } from '../../../electron/core/media/media-url';

const SHA = 'a'.repeat(40) + '0123456789abcdef01234567';

describe('media paths', () => {
  it('round-trips a SHA-256', () => {
    expect(mediaPath(SHA)).toBe(`media/${SHA}`);
    expect(parseMediaPath(mediaPath(SHA))).toBe(SHA);
    expect(parseMediaPath(`/media/${SHA}`)).toBe(SHA);
  });

  it('rejects anything but exactly 64 lower-case hex digits', () => {
    for (const path of [
      `media/../${SHA}`,
      `media/${SHA}/..`,
      '../media/' + SHA,
      `media/../../etc/passwd`,
      `media/${SHA.toUpperCase()}`,
      `media/${SHA.slice(1)}`,
      `media/${SHA}0`,
      `media/${SHA}?x=1`,
      `media/${SHA}.png`,
      `media//${SHA}`,
      `//media/${SHA}`,
      `media/${SHA.slice(0, 63)}g`,
      `media%2F${SHA}`,
      `media/${SHA}\n`,
      `MEDIA/${SHA}`,
      '',
      'media/',
    ]) {
      expect(parseMediaPath(path), path).toBeNull();
    }
  });

  it('refuses to build a path from something that is not a SHA-256', () => {
    expect(() => mediaPath('../secret')).toThrow();
    expect(() => mediaPath(SHA.toUpperCase())).toThrow();
  });
});
