import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import type { HighlightColor } from '../../../shared/domain/annotation';
import { useCreateAnnotation } from '../annotations/use-annotations';
import { isEditableTarget } from '../ui/platform';
import { AnnotateToolbar, CommentBox, type CompareAction } from './annotate-popovers';
import { useCompareModel, type CompareModel } from './compare-model';
import { usePassageSelection, type PassageSelection } from './use-passage-selection';

interface Target extends PassageSelection {
  clippingId: number;
  exact: string;
}

/**
 * Highlighting and annotating in the Compare view: a selection inside one passage gets
 * the selection toolbar (keys 1–5, C, Q as in the reader), and the annotation is made
 * on that clipping through the same API and queries as the reader's, so it shows in
 * both at once. A selection across passages or outside the text gets nothing.
 */
export function CompareAnnotator({ rootRef }: { rootRef: RefObject<HTMLElement | null> }) {
  const model = useCompareModel();
  const selection = usePassageSelection(rootRef);
  const target = useMemo(() => (selection ? targetOf(model, selection) : null), [model, selection]);
  const [commenting, setCommenting] = useState<Target | null>(null);
  const create = useCreateAnnotation();

  const annotate = useCallback(
    async (action: CompareAction, on: Target, comment = '') => {
      if (action.kind === 'comment' && !commenting) {
        setCommenting(on);
        return;
      }
      setCommenting(null);
      await create.mutateAsync({
        clippingId: on.clippingId,
        range: { start: on.start, end: on.end, exact: on.exact },
        color: action.kind === 'highlight' ? action.color : action.kind === 'quote' ? 4 : 1,
        kind: action.kind === 'quote' ? 'quote' : null,
        speaker: action.kind === 'quote' ? speakerAround(model, on) : null,
        comment,
      });
      window.getSelection()?.removeAllRanges();
    },
    [commenting, create, model],
  );

  useEffect(() => {
    if (!target || commenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isEditableTarget(event.target)) return;
      const action = keyAction(event.key);
      if (!action) return;
      event.preventDefault();
      void annotate(action, target);
    };
    // Capture phase: with text selected, these keys are the toolbar's.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [target, commenting, annotate]);

  if (commenting) {
    return (
      <CommentBox
        rect={commenting.rect}
        exact={commenting.exact}
        onSave={(comment) => void annotate({ kind: 'comment' }, commenting, comment)}
        onCancel={() => setCommenting(null)}
      />
    );
  }
  return target ? <AnnotateToolbar rect={target.rect} sourceName={model.names[target.source]!} onAction={(action) => void annotate(action, target)} /> : null;
}

/** The selection as a range of its clipping's text, white space at either end left out. */
function targetOf(model: CompareModel, selection: PassageSelection): Target | null {
  const cell = model.result.rows[selection.row]?.cells[selection.source];
  if (!cell) return null;
  let { start, end } = selection;
  const at = (offset: number) => cell.text[offset - cell.start] ?? '';
  while (start < end && /\s/.test(at(start))) start++;
  while (end > start && /\s/.test(at(end - 1))) end--;
  if (end <= start) return null;
  return { ...selection, start, end, clippingId: cell.id, exact: cell.text.slice(start - cell.start, end - cell.start) };
}

/** Who is quoted in the quotation the selection lies in, when it is known. */
function speakerAround(model: CompareModel, target: Target): string | null {
  const span = model.quoteSpans[target.source]!.find((quote) => quote.start <= target.start + 2 && quote.end >= target.end - 2);
  if (!span) return null;
  const quote = model.result.quotes[span.index]!;
  return quote.occurrences.find((o) => o.id === target.clippingId && o.start === span.start)?.speaker ?? quote.speaker;
}

function keyAction(key: string): CompareAction | null {
  if (key >= '1' && key <= '5') return { kind: 'highlight', color: Number(key) as HighlightColor };
  if (key === 'c') return { kind: 'comment' };
  if (key === 'q') return { kind: 'quote' };
  return null;
}
