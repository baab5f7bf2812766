import { useCallback } from 'react';
import type { NoteCitation } from '../../../shared/domain/note';
import { useOpenClipping } from '../annotations/use-open-clipping';
import { useSelection } from '../layout/selection-context';
import { useToast } from '../ui/toast-context';
import { citationState } from './citation-context';
import { useNotes } from './notes-context';

/**
 * A click on a citation: the clipping opens in the reader (from the Trash when it is
 * there), scrolled to the cited highlight, which flashes — or, when the highlight was
 * deleted, to the quoted words if they are still there. From the Notes view the note
 * goes along, docked beside the reader, so the writer reads the source next to the
 * sentence that cites it.
 */
export function useOpenCitation(citations: readonly NoteCitation[]) {
  const { scope } = useSelection();
  const openClipping = useOpenClipping();
  const { setDockOpen } = useNotes();
  const toast = useToast();
  return useCallback(
    ({ clippingId, annotationId, quote = null }: { clippingId: number; annotationId: number | null; quote?: string | null }) => {
      const state = citationState(citations, clippingId, annotationId);
      if (state?.clipping === 'deleted') {
        toast.show({ kind: 'error', title: 'The cited clipping was deleted', description: 'The note keeps what it quoted and its source line.' });
        return;
      }
      if (scope.kind === 'notes') setDockOpen(true);
      openClipping({ clippingId, annotationId, quote, trashed: state?.clipping === 'trashed' });
    },
    [citations, scope.kind, openClipping, setDockOpen, toast],
  );
}
