/** How the capture record reads: sizes a person can take in, a hash one can compare by eye. */

const UNITS = ['KB', 'MB', 'GB'] as const;

/** "812 bytes", "48.2 KB", "3.1 MB" (1 KB = 1024 bytes, as file managers count). */
export function formatByteSize(bytes: number, locale?: string): string {
  if (bytes < 1024) return `${new Intl.NumberFormat(locale).format(bytes)} byte${bytes === 1 ? '' : 's'}`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value < 100 ? 1 : 0;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}

/** A SHA-256 in groups of eight, for reading aloud or comparing; copying takes the whole hex. */
export function shaGroups(sha256: string): string[] {
  return sha256.toLowerCase().match(/.{1,8}/g) ?? [];
}
