/** Adds a filter token to the search text, once: clicking a filter types it for you. */
export function appendFilter(text: string, token: string): string {
  const words = text.trim();
  if (words.split(/\s+/).includes(token)) return words;
  return words ? `${words} ${token}` : token;
}

/** A filter value as the syntax wants it: quoted when it holds a space or a quote. */
export function filterToken(field: string, value: string): string {
  return /[\s"]/.test(value) ? `${field}:"${value.replace(/"/g, '')}"` : `${field}:${value}`;
}
