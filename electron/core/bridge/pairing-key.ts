import { randomBytes, timingSafeEqual } from 'node:crypto';

/** base64url of at least 128 random bits (22 characters); newPairingKey makes 24. */
const PAIRING_KEY_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;

export const WRONG_KEY_MESSAGE =
  'The bookmarklet’s pairing key is missing or out of date. Copy the bookmarklet again from Dossier’s Settings.';

/** A fresh key: 144 random bits, URL-safe, short enough to read out of Settings. */
export function newPairingKey(): string {
  return randomBytes(18).toString('base64url');
}

export function isPairingKey(value: unknown): value is string {
  return typeof value === 'string' && PAIRING_KEY_PATTERN.test(value);
}

/**
 * Constant-time comparison. An expected key that is not a real key (empty, unset)
 * matches nothing: two empty buffers would otherwise compare equal.
 */
export function pairingKeyMatches(presented: unknown, expected: string): boolean {
  if (typeof presented !== 'string' || !isPairingKey(expected)) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
