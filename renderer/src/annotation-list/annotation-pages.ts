import type { AnnotationListItem, AnnotationPage } from '../../../shared/domain/annotation';

/**
 * Page arithmetic of the annotation list: page p holds rows [p·size, (p+1)·size),
 * asked for by offset (`annotations.search` has no cursor). Which pages a window
 * needs is the clipping list's `pagesInRange`.
 */
export const ANNOTATION_PAGE_SIZE = 100;

export type AnnotationPages = ReadonlyMap<number, AnnotationPage>;

/** The row at `index`, if its page is loaded. */
export function annotationAt(pages: AnnotationPages, index: number, size = ANNOTATION_PAGE_SIZE): AnnotationListItem | undefined {
  if (index < 0) return undefined;
  return pages.get(Math.floor(index / size))?.items[index % size];
}

/** The index of a loaded annotation, or -1. */
export function indexOfAnnotation(pages: AnnotationPages, id: number, size = ANNOTATION_PAGE_SIZE): number {
  for (const [page, data] of pages) {
    const at = data.items.findIndex((item) => item.id === id);
    if (at >= 0) return page * size + at;
  }
  return -1;
}
