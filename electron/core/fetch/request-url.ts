import { invalidUrl, notWebScheme } from './fetch-errors';

const MAX_URL_LENGTH = 4096;

/**
 * An http(s) URL to request. With `bareHost`, an address typed without a scheme
 * (`news.example/path`) is taken as https, as a person means it; addresses found in
 * documents must be absolute.
 */
export function parseRequestUrl(input: string, options: { bareHost?: boolean } = {}): URL {
  const trimmed = input.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    if (!options.bareHost || !/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d+)?([/?#]|$)/u.test(trimmed)) throw invalidUrl(input);
    try {
      url = new URL(`https://${trimmed}`);
    } catch {
      throw invalidUrl(input);
    }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw notWebScheme(input, url.protocol);
  if (url.href.length > MAX_URL_LENGTH) throw invalidUrl(input);
  return url;
}
