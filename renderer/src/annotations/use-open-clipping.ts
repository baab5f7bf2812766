import { useCallback } from 'react';
import { useCompare } from '../compare/compare-context';
import { useSelection } from '../layout/selection-context';
import { LIBRARY_SCOPE, type LibraryScope } from '../library/library-scope';
import { useAnnotationFocus } from './annotation-focus';

/** A place to open: a clipping, at one of its annotations and/or at these words of its text. */
export interface ClippingPlace {
  clippingId: number;
  annotationId?: number | null;
  /** The quoted words: shown instead when the annotation is gone (or none was named). */
  quote?: string | null;
  /** The clipping is in the trash: it opens there (the Library's list does not hold it). */
  trashed?: boolean;
}

const TRASH_SCOPE: LibraryScope = { kind: 'trash' };

/**
 * Opens a clipping in the Library's (or the Trash's) reader from anywhere (a citation in
 * a note, the Compare view): it becomes the current row, and the reader scrolls to the
 * highlight and flashes it once it has loaded — or, when the annotation was deleted, to
 * the quoted words if they are still in the text (a toast says so when they are not).
 */
export function useOpenClipping(): (place: ClippingPlace) => void {
  const { close } = useCompare();
  const { select } = useSelection();
  const { focusAnnotation, focusQuote } = useAnnotationFocus();
  return useCallback(
    ({ clippingId, annotationId = null, quote = null, trashed = false }: ClippingPlace) => {
      close();
      select(clippingId, trashed ? TRASH_SCOPE : LIBRARY_SCOPE);
      const words = quote !== null && quote.trim() !== '' ? quote : null;
      if (annotationId !== null) focusAnnotation(annotationId, words === null ? undefined : { clippingId, quote: words });
      else if (words !== null) focusQuote(clippingId, words);
    },
    [close, select, focusAnnotation, focusQuote],
  );
}
