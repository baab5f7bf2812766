/**
 * The key names sort by: accents and case folded, quotes and punctuation around the
 * name ignored, so `Étude`, `etude` and `“Etude”` sort together.
 */
export function sortKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .trim();
}
