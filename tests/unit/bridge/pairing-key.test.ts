import { describe, expect, it } from 'vitest';
import { isPairingKey, newPairingKey, pairingKeyMatches } from '../../../electron/core/bridge/pairing-key';

describe('pairing key', () => {
  it('is 24 URL-safe characters (144 random bits), different every time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newPairingKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) {
      expect(key).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(isPairingKey(key)).toBe(true);
    }
  });

  it('recognises only keys of at least 128 bits in base64url', () => {
    expect(isPairingKey('a'.repeat(22))).toBe(true);
    for (const value of ['', 'a'.repeat(21), 'abc def ghi jkl mno pqr stu', 'a+b/'.repeat(8), 42, undefined]) {
      expect(isPairingKey(value)).toBe(false);
    }
  });

  it('matches the same key only, and never an unset one', () => {
    const key = newPairingKey();
    expect(pairingKeyMatches(key, key)).toBe(true);
    expect(pairingKeyMatches(`${key}x`, key)).toBe(false);
    expect(pairingKeyMatches(key.toLowerCase() === key ? key.toUpperCase() : key.toLowerCase(), key)).toBe(false);
    expect(pairingKeyMatches(undefined, key)).toBe(false);
    expect(pairingKeyMatches(['a', 'b'], key)).toBe(false);
    expect(pairingKeyMatches('', '')).toBe(false);
  });
});
