import { ApiError } from '../../../shared/api/errors';
import type { Annotation } from '../../../shared/domain/annotation';
import type { ClippingSummary } from '../../../shared/domain/clipping';
import type { AnnotationsRepo } from '../annotations/annotations-repo';
import type { ClippingsRepo } from '../clippings/clippings-repo';
import type { CollectionsRepo } from '../collections/collections-repo';

/** What the annotations exports are made of: each clipping with its annotations, in order. */
export interface AnnotationGroup {
  clipping: ClippingSummary;
  annotations: Annotation[];
}

export interface AnnotationExportSource {
  /** "Annotations: <clipping title>" or "Annotations: <collection path>". */
  title: string;
  /** What was exported: one clipping, or a collection. */
  scope: { clippingId: number } | { collectionId: number; path: string };
  groups: AnnotationGroup[];
}

export interface AnnotationGroupDeps {
  clippings: ClippingsRepo;
  annotations: AnnotationsRepo;
  collections: CollectionsRepo;
}

/** Called after each clipping's annotations are read: (done, total). */
export type ExportProgress = (done: number, total: number) => void;

/**
 * The annotations of one clipping, or of every clipping in a collection (the clippings
 * in the collection itself, as the sidebar counts them; those in the trash left out),
 * oldest publication first, then by capture. Clippings without annotations are left
 * out of a collection's export. `onProgress` is told after each clipping.
 */
export function annotationGroups(deps: AnnotationGroupDeps, scope: { clippingId?: number | null; collectionId?: number | null }, onProgress?: ExportProgress): AnnotationExportSource {
  if (scope.clippingId != null) {
    const clipping = deps.clippings.summary(scope.clippingId);
    const annotations = deps.annotations.list(clipping.id);
    onProgress?.(1, 1);
    return { title: `Annotations: ${clipping.title}`, scope: { clippingId: clipping.id }, groups: [{ clipping, annotations }] };
  }
  if (scope.collectionId == null) throw new ApiError('invalid_input', 'Choose a clipping or a collection to export the annotations of.');
  const collection = deps.collections.get(scope.collectionId);
  const ids = deps.collections.liveClippingIds(collection.id);
  const groups: AnnotationGroup[] = [];
  const PAGE = 200;
  for (let i = 0; i < ids.length; i += PAGE) {
    const page = deps.clippings.summaries(ids.slice(i, i + PAGE));
    page.forEach((clipping, j) => {
      const annotations = deps.annotations.list(clipping.id);
      if (annotations.length > 0) groups.push({ clipping, annotations });
      onProgress?.(i + j + 1, ids.length);
    });
  }
  return { title: `Annotations: ${collection.path}`, scope: { collectionId: collection.id, path: collection.path }, groups };
}
