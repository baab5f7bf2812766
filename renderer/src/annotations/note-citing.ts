import type { Annotation } from '../../../shared/domain/annotation';
import type { NoteBacklink } from '../../../shared/domain/note';
import type { QuoteRequest } from '../notes/quote-request';

/**
 * What an annotation hands to a note ("Add to note", a drag onto the editor): its exact
 * words and speaker. None for a page note (no words to quote) or an orphan (its words
 * are no longer in the text, so the citation would land nowhere).
 */
export function quoteRequestFor(annotation: Annotation): QuoteRequest | null {
  if (!annotation.target || annotation.orphaned || annotation.target.exact.trim() === '') return null;
  return { clippingId: annotation.clippingId, annotationId: annotation.id, text: annotation.target.exact, speaker: annotation.speaker };
}

/** The notes that quote this annotation, in the backlinks' order (newest change first). */
export function notesCitingAnnotation(backlinks: readonly NoteBacklink[], annotationId: number): NoteBacklink[] {
  return backlinks.filter((link) => link.annotationIds.includes(annotationId));
}

export function citedInLabel(count: number): string {
  return `Cited in ${count.toLocaleString()} ${count === 1 ? 'note' : 'notes'}`;
}

/** The note cites another capture of this article, not this one: said beside its name in the reader. */
export function citesOnlyOtherVersions(link: NoteBacklink): boolean {
  return !link.citesClipping && link.annotationIds.length === 0 && link.otherVersionIds.length > 0;
}
