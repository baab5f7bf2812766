import { reanchor } from '../../../shared/annotations/reanchor';
import type { FocusedAnnotation } from './annotation-focus';

export type FocusTarget =
  /** Not yet: the clipping asked about is not the one shown, or its annotations are loading. */
  | { kind: 'wait' }
  | { kind: 'annotation'; id: number }
  /** The annotation is not there (a citation without one, or it was deleted): its words are. */
  | { kind: 'range'; start: number; end: number }
  | { kind: 'not-found' };

/**
 * Where a focus request lands in the clipping the reader shows, given the ids of its
 * annotations loaded so far and whether they are settled (loaded, not refetching). Words are found as re-anchoring finds a quote: one occurrence, or
 * one its context decides — a quote repeated in the text is not guessed at.
 */
export function focusTarget(
  focused: FocusedAnnotation,
  clipping: { id: number; text: string } | null,
  annotations: { ids: readonly number[]; settled: boolean },
): FocusTarget {
  if (!clipping) return { kind: 'wait' };
  if (focused.annotationId !== null && annotations.ids.includes(focused.annotationId)) return { kind: 'annotation', id: focused.annotationId };
  // Without words to look for, a request for an annotation of another clipping waits for it to be shown.
  if (focused.quote === null || focused.clippingId !== clipping.id || !annotations.settled) return { kind: 'wait' };
  const place = reanchor(clipping.text, { exact: focused.quote });
  return 'orphan' in place ? { kind: 'not-found' } : { kind: 'range', start: place.start, end: place.end };
}
