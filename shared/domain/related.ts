/**
 * Related coverage: other clippings about the same story as one clipping.
 * - `near-copy`: at least 80 % of the shorter text is in the longer (a wire story republished);
 * - `same story`: the same event, in other words (TF-IDF similarity above a threshold tuned on BASIL);
 * - `related`: similar enough to show, below that.
 */
export const relatedLabels = ['same story', 'near-copy', 'related'] as const;
export type RelatedLabel = (typeof relatedLabels)[number];

export interface RelatedClipping {
  id: number;
  /** Similarity from 0 to 1 (TF-IDF cosine of the texts), three decimals. */
  score: number;
  label: RelatedLabel;
  title: string;
  outletName: string | null;
  /** Publication date as stored (ISO 8601), or null. */
  published: string | null;
}
