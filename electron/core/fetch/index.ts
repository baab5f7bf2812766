export { fetchPage, DEFAULT_TIMEOUT_MS, type FetchedPage, type FetchOptions } from './fetch-page';
export { fetchResource, type FetchedResource, type ResourceOptions } from './fetch-resource';
export { decodeFetchedHtml, urlSource } from './decode-fetched';
export { FetchError, type FetchFailure, type FetchNoun } from './fetch-errors';
