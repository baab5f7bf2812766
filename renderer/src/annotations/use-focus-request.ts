import { useEffect, useRef } from 'react';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Clipping } from '../../../shared/domain/clipping';
import { useToast } from '../ui/toast-context';
import { useAnnotationFocus } from './annotation-focus';
import { focusTarget } from './focus-target';
import type { TextMap } from './text-map';

/**
 * A request to show an annotation (from the panel, the Quotes & annotations view or a
 * citation in a note), handled once, when the clipping it is about has loaded and its
 * highlights are painted: the highlight is revealed, or — for a quote whose annotation
 * is gone — its words are shown as a passage, or the reader says they are not there.
 */
export function useFocusRequest(
  clipping: Clipping | null,
  map: TextMap | null,
  annotations: { list: readonly Annotation[]; settled: boolean },
  reveal: (id: number) => void,
): void {
  const { focused, focusRange } = useAnnotationFocus();
  const toast = useToast();
  const handled = useRef(0);
  const { list, settled } = annotations;

  useEffect(() => {
    if (!focused || focused.request === handled.current || !map) return;
    const target = focusTarget(focused, clipping, { ids: list.map((annotation) => annotation.id), settled });
    if (target.kind === 'wait') return;
    handled.current = focused.request;
    if (target.kind === 'annotation') requestAnimationFrame(() => reveal(target.id));
    else if (target.kind === 'range') focusRange(clipping!.id, target.start, target.end);
    else toast.show({ title: 'The quoted words are no longer in this clipping’s text.' });
  }, [focused, clipping, map, list, settled, reveal, focusRange, toast]);
}
