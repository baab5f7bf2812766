import { queryKeys } from '../api/query-keys';
import type { AnnotationRequest } from './annotation-filters';

/**
 * The Quotes & annotations view's queries, under `queryKeys.annotations` (itself under
 * `['clippings']`): a change to an annotation or to any clipping refreshes them.
 */
export const annotationViewKeys = {
  all: [...queryKeys.annotations, 'view'] as const,
  /** How many live annotations the library holds (the sidebar's count, the empty state). */
  count: [...queryKeys.annotations, 'view', 'count'] as const,
  facets: [...queryKeys.annotations, 'view', 'facets'] as const,
  windows: [...queryKeys.annotations, 'view', 'window'] as const,
  // As one string: object keys match partially (colours [1] would match [1, 2]), a string only exactly.
  list: (request: AnnotationRequest) => [...annotationViewKeys.windows, JSON.stringify(request)] as const,
  page: (request: AnnotationRequest, page: number) => [...annotationViewKeys.list(request), page] as const,
};
