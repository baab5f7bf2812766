import { useCallback } from 'react';
import type { AnnotationListItem } from '../../../shared/domain/annotation';
import { useAnnotationFocus } from '../annotations/annotation-focus';
import { useAnnotationView } from './annotation-view-state';

/**
 * Makes a row current: the reader shows its clipping and is asked to bring the
 * annotation into view and flash it (asking again flashes again).
 */
export function useSelectAnnotation() {
  const { setCurrent } = useAnnotationView();
  const { focusAnnotation } = useAnnotationFocus();
  return useCallback(
    (item: AnnotationListItem, index: number) => {
      setCurrent((previous) =>
        previous?.annotationId === item.id && previous.index === index ? previous : { annotationId: item.id, clippingId: item.clipping.id, index },
      );
      focusAnnotation(item.id);
    },
    [setCurrent, focusAnnotation],
  );
}
