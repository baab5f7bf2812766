import type { LibraryView } from '../../../shared/domain/clipping';

/** Every clipping query lives under `['clippings']`, so one invalidation refreshes them all. */
export const queryKeys = {
  all: ['clippings'] as const,
  list: (view: LibraryView) => ['clippings', 'list', view] as const,
  count: (view: LibraryView) => ['clippings', 'count', view] as const,
  item: (id: number) => ['clippings', 'item', id] as const,
  counts: ['clippings', 'counts'] as const,
  tags: ['clippings', 'tags'] as const,
  collections: ['clippings', 'collections'] as const,
  outlets: ['clippings', 'outlets'] as const,
  searches: ['clippings', 'searches'] as const,
  /** Every annotation query: one clipping's (`[…, id]`) and the Quotes & annotations view's. */
  annotations: ['clippings', 'annotations'] as const,
  annotationsOf: (clippingId: number) => ['clippings', 'annotations', 'of', clippingId] as const,
  appInfo: ['app', 'info'] as const,
};
