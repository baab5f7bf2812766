import type { RelatedLabel } from '../../../shared/domain/related';

/** Share of the shorter text's shingles found in the longer: a republished copy. */
export const NEAR_COPY_CONTAINMENT = 0.8;
/** A near-copy needs this many shingles in the shorter text (a line in common is not a copy). */
export const NEAR_COPY_MIN_SHINGLES = 25;
/** TF-IDF cosine from which two texts are the same story (tuned on BASIL, bench/compare/related.ts). */
export const SAME_STORY_SIMILARITY = 0.2;
/** Below this cosine a clipping is not listed as related at all. */
export const RELATED_FLOOR = 0.08;

export function relatedLabel(similarity: number, shingleContainment: number, shorterShingles: number): RelatedLabel | null {
  if (shingleContainment >= NEAR_COPY_CONTAINMENT && shorterShingles >= NEAR_COPY_MIN_SHINGLES) return 'near-copy';
  if (similarity >= SAME_STORY_SIMILARITY) return 'same story';
  if (similarity >= RELATED_FLOOR) return 'related';
  return null;
}
