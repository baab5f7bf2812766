const SHA256 = /^[0-9a-f]{64}$/;

/** The document's `src` for a stored image: `media/<sha256>`. */
export function mediaPath(sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error('mediaPath: expected a lower-case hex SHA-256');
  return `media/${sha256}`;
}

/**
 * The SHA-256 named by `media/<sha256>` (or `/media/<sha256>`, as a URL path), or
 * null. Strict — exactly 64 lower-case hex digits, nothing before or after — so a
 * request path can never name anything but a row of the media table.
 */
export function parseMediaPath(path: string): string | null {
  const match = /^\/?media\/([0-9a-f]{64})$/.exec(path);
  return match ? match[1]! : null;
}
