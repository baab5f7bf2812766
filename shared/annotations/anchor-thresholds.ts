/**
 * The numbers that decide when re-anchoring (./reanchor.ts) accepts a place for an
 * annotation's quote, tuned on BASIL (bench/annotate/reanchoring.ts) with general
 * rules only. Similarities are 1 − edit distance / length, on normalised text.
 */

/** A side of the context counts as matching when at least this share of it matches… */
export const STRONG_CONTEXT = 0.75;

/** …and as all but intact above this. */
export const INTACT_CONTEXT = 0.9;

/** When both sides agree with an exact quote, each needs only this much (below it, a side's characters next to the quote are not even compared). */
export const FAIR_CONTEXT = 0.7;

/** Both sides, when the quote itself is found only between them. */
export const PINNED_CONTEXT = 0.9;

/** The characters of a context next to the quote… */
export const NEAR_CONTEXT = 12;

/** …of which at least this share must match for the side to count at all. */
export const NEAR_MIN = 0.75;

/** Quote plus matching context must add up to this many characters of evidence. */
export const MIN_EVIDENCE = 24;

/** What a shortened prefix (suffix) weighs in addition where it meets the start (end) of the text. */
export const EDGE_WEIGHT = 8;

/** A side with less than this weight (a few characters, away from the text's edge) tells nothing. */
export const MIN_SIDE = 8;

/** Between the best place and the next best, at least this much of the context score… */
export const MARGIN = 0.15;

/** …or of the approximate score (quote + 2 × context). */
export const APPROXIMATE_MARGIN = 0.3;

/** The approximate search allows this share of the quote's characters to differ. */
export const MAX_ERROR_RATE = 0.25;

/** Quotes shorter than this are only found exactly (with context). */
export const MIN_APPROXIMATE_LENGTH = 4;

/** The quote found between its context may differ this much (1 − distance / length). */
export const MIN_PINNED_QUOTE_SIMILARITY = 0.4;

/** Characters (a word's worth) the text between prefix and suffix may differ from the quote by, besides a quarter of it. */
export const PINNED_CHANGE = 12;

/** A quote at least this long needs the context of one side only, if it nearly matches. */
export const LONG_QUOTE = 32;

/** A quote at least this long, still at its old offsets, stays even if its context changed. */
export const SELF_EVIDENT_QUOTE = 64;

/** Extra text characters a context alignment may stretch over. */
export const CONTEXT_SLACK = 8;
