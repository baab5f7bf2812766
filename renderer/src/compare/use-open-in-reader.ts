import { useCallback } from 'react';
import { useAnnotationFocus } from '../annotations/annotation-focus';
import { useSelection } from '../layout/selection-context';
import { LIBRARY_SCOPE } from '../library/library-scope';
import { useCompare } from './compare-context';

/**
 * Leaves the Compare view for the reader: the clipping becomes the Library's current
 * row, and the reader is asked to bring `range` of its text into view and flash it.
 */
export function useOpenInReader(): (clippingId: number, range?: { start: number; end: number }) => void {
  const { close } = useCompare();
  const { select } = useSelection();
  const { focusRange } = useAnnotationFocus();
  return useCallback(
    (clippingId, range) => {
      close();
      select(clippingId, LIBRARY_SCOPE);
      if (range) focusRange(clippingId, range.start, range.end);
    },
    [close, select, focusRange],
  );
}
