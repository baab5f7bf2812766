export { fetchPage, DEFAULT_TIMEOUT_MS, type FetchedPage, type FetchOptions } from './fetch-page';
export { decodeFetchedHtml, urlSource } from './decode-fetched';
export { FetchError, type FetchFailure } from './fetch-errors';
