import { createHash } from 'node:crypto';

/**
 * SHA-256 of a clipping's canonical text, folded so that the same article captured
 * twice hashes the same: Unicode NFC, runs of white space as one space, trimmed.
 */
export function contentHash(text: string): string {
  const folded = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(folded, 'utf8').digest('hex');
}
