import { createContext, useContext } from 'react';
import type { NoteCitation } from '../../../shared/domain/note';

/**
 * What the note's node views need from outside the editor: where each cited source is
 * now (from `notes.get`, refreshed after each save and each change to the library),
 * and a way to open a citation in the reader.
 */
export interface CitationEnvironment {
  citations: readonly NoteCitation[];
  /** `quote`: the cited words, looked for in the text when the highlight is gone. */
  openCitation(target: { clippingId: number; annotationId: number | null; quote?: string | null }): void;
}

export const CitationContext = createContext<CitationEnvironment>({ citations: [], openCitation: () => undefined });

export function useCitationEnvironment(): CitationEnvironment {
  return useContext(CitationContext);
}

/** The state of one citation: by its annotation when it has one, else by its clipping. */
export function citationState(citations: readonly NoteCitation[], clippingId: number, annotationId: number | null): NoteCitation | undefined {
  return citations.find((citation) => citation.clippingId === clippingId && citation.annotationId === annotationId);
}
