import { queryKeys } from '../api/query-keys';

/** Under `['clippings']` like every clipping query, so a change anywhere refreshes these too. */
export const readerQueryKeys = {
  versions: (id: number) => [...queryKeys.all, 'versions', id] as const,
  original: (id: number) => [...queryKeys.all, 'original', id] as const,
};
