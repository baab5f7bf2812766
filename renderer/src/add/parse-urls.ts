import { isWebUrl } from '../../../shared/document/safe-url';

/**
 * The web addresses in a pasted or typed list: one per line (or separated by
 * spaces or commas), `#` lines ignored, duplicates dropped, order kept. `rest`
 * holds what is not an http(s) address, so the UI can say what it skipped.
 */
export function parseUrlList(text: string): { urls: string[]; rest: string[] } {
  const urls: string[] = [];
  const rest: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim().startsWith('#')) continue;
    for (const token of line.split(/[\s,]+/)) {
      if (!token) continue;
      const candidate = token.replace(/^[<("']+|[>)"'.;]+$/g, '');
      if (isWebUrl(candidate)) urls.includes(candidate) || urls.push(candidate);
      else rest.push(token);
    }
  }
  return { urls, rest };
}

/** True when the text is nothing but web addresses: a pasted link is clipped by URL. */
export function isOnlyUrls(text: string): boolean {
  const { urls, rest } = parseUrlList(text);
  return urls.length > 0 && rest.length === 0;
}

/** A dropped link: `text/uri-list` (comments start with #), else plain text. */
export function urlsFromDataTransfer(data: Pick<DataTransfer, 'getData'>): string[] {
  const list = data.getData('text/uri-list');
  if (list.trim()) return parseUrlList(list).urls;
  const text = data.getData('text/plain');
  return isOnlyUrls(text) ? parseUrlList(text).urls : [];
}
