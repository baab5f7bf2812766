import type { TagRef } from './tag';

/** The five highlight colours, by number (keys 1–5 in the reader). */
export const highlightColors = [1, 2, 3, 4, 5] as const;
export type HighlightColor = (typeof highlightColors)[number];
export const HIGHLIGHT_COLOR_NAMES: Record<HighlightColor, string> = { 1: 'Yellow', 2: 'Green', 3: 'Blue', 4: 'Pink', 5: 'Purple' };

/** What an annotation says about its text; null is a plain highlight. */
export const annotationKinds = ['quote', 'claim', 'fact', 'note'] as const;
export type AnnotationKind = (typeof annotationKinds)[number];

export const MAX_COMMENT_LENGTH = 100_000;
export const MAX_SPEAKER_LENGTH = 200;
/** Longest stretch of text one highlight may cover. */
export const MAX_QUOTE_LENGTH = 20_000;

/**
 * Where a highlight sits in the clipping's canonical text, as a W3C Web Annotation
 * would say it: a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector
 * (start, end), plus the index of the text block it starts in.
 */
export interface AnnotationTarget {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  block: number;
}

export interface Annotation {
  id: number;
  clippingId: number;
  color: HighlightColor;
  kind: AnnotationKind | null;
  /** Who is quoted (for a quote). */
  speaker: string | null;
  comment: string;
  tags: TagRef[];
  /** Null for a page note, which is about the whole clipping. */
  target: AnnotationTarget | null;
  /** The quote was not found when the text last changed; `target` holds where it was. */
  orphaned: boolean;
  createdAt: string;
  updatedAt: string;
}

/** An annotation in the library-wide Quotes & annotations view, with its clipping. */
export interface AnnotationListItem extends Annotation {
  clipping: { id: number; title: string; outletName: string | null; published: string | null; createdAt: string };
}

export interface AnnotationPage {
  total: number;
  items: AnnotationListItem[];
}

/** What happened to a clipping's annotations when its text changed. */
export interface ReanchorReport {
  /** Annotations whose quote was found (where it was, or moved). */
  anchored: number;
  /** Of those, how many had to move (or were orphans and are found again). */
  moved: number;
  /** Annotations whose quote is gone: kept as orphans, with their old quote. */
  orphaned: number;
}

/** What the filters of the Quotes & annotations view can offer, with counts. */
export interface AnnotationFacets {
  speakers: Array<{ name: string; count: number }>;
  tags: Array<{ id: number; path: string; count: number }>;
  outlets: Array<{ id: number; name: string; count: number }>;
}
