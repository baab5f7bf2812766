import { useCallback } from 'react';
import type { NoteCitation } from '../../../shared/domain/note';
import { useAnnotationFocus } from '../annotations/annotation-focus';
import { useCompare } from '../compare/compare-context';
import { useSelection } from '../layout/selection-context';
import { LIBRARY_SCOPE } from '../library/library-scope';
import { useToast } from '../ui/toast-context';
import { citationState } from './citation-context';
import { useNotes } from './notes-context';

/**
 * A click on a citation: the clipping opens in the reader (from the Trash when it is
 * there), scrolled to the cited highlight, which flashes — the way a row of the Quotes
 * view opens its annotation. From the Notes view the note goes along, docked beside
 * the reader, so the writer reads the source next to the sentence that cites it.
 */
export function useOpenCitation(citations: readonly NoteCitation[]) {
  const { scope, select } = useSelection();
  const { focusAnnotation } = useAnnotationFocus();
  const { close } = useCompare();
  const { setDockOpen } = useNotes();
  const toast = useToast();
  return useCallback(
    ({ clippingId, annotationId }: { clippingId: number; annotationId: number | null }) => {
      const state = citationState(citations, clippingId, annotationId);
      if (state?.clipping === 'deleted') {
        toast.show({ kind: 'error', title: 'The cited clipping was deleted', description: 'The note keeps what it quoted and its source line.' });
        return;
      }
      close();
      if (scope.kind === 'notes') setDockOpen(true);
      select(clippingId, state?.clipping === 'trashed' ? { kind: 'trash' } : LIBRARY_SCOPE);
      if (annotationId !== null && state?.annotation !== 'deleted') focusAnnotation(annotationId);
    },
    [citations, scope.kind, select, focusAnnotation, close, setDockOpen, toast],
  );
}
