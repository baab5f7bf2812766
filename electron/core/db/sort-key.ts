/**
 * The key names sort by: accents and case folded, leading quotes and punctuation
 * ignored, so `Étude`, `etude` and `“Etude”` sort together.
 */
export function sortKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^[\s\p{P}\p{S}]+/u, '')
    .trim();
}
