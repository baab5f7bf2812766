import { MAX_AUTHORS, MAX_AUTHOR_LENGTH } from './metadata-limits';

/**
 * The authors field is edited as text, one name per line. A byline pasted whole is
 * split as a reader would read it: "By Kim Jae-won and Lee Min-ji" is two people.
 */
export function parseAuthors(text: string): string[] {
  const names = text
    .split(/\r?\n/)
    .flatMap((line) => line.replace(/^\s*by\s+/i, '').split(/\s*(?:;|,|&|\band\b)\s*/i))
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => name.length > 0)
    .map((name) => name.slice(0, MAX_AUTHOR_LENGTH));
  return [...new Set(names)].slice(0, MAX_AUTHORS);
}

export function authorsText(authors: readonly string[]): string {
  return authors.join('\n');
}
