import { Decoration } from '@tiptap/pm/view';
import type { Annotation } from '../../../shared/domain/annotation';
import type { DetectedQuote } from '../../../shared/quotes/detect-quotes';
import { documentRanges, type TextMap } from './text-map';

/**
 * The reader's marks: each anchored highlight in its colour, and quote suggestions not
 * yet taken. Each is an element of its own (`nodeName`), so that where highlights overlap
 * or nest, the text is inside all of them — their colours add up, and each keeps its id —
 * instead of ProseMirror merging them into one span that shows only the last.
 */
export function highlightDecorations(
  map: TextMap,
  annotations: readonly Annotation[],
  suggestions: readonly DetectedQuote[],
  activeId: number | null,
  flashId: number | null = null,
  /** A stretch of text to flash (a passage opened from the Compare view). */
  flashRange: { start: number; end: number } | null = null,
): Decoration[] {
  const decorations: Decoration[] = [];
  if (flashRange) {
    for (const { from, to } of documentRanges(map, flashRange.start, flashRange.end)) decorations.push(Decoration.inline(from, to, { class: 'passage-flash' }));
  }
  suggestions.forEach((quote, index) => {
    for (const { from, to } of documentRanges(map, quote.start, quote.end)) {
      decorations.push(Decoration.inline(from, to, { nodeName: 'span', class: 'quote-suggestion', 'data-suggestion': String(index) }));
    }
  });
  for (const annotation of annotations) {
    if (!annotation.target || annotation.orphaned) continue;
    const attrs: Record<string, string> = {
      nodeName: 'span',
      class: ['annotation-mark', annotation.id === activeId && 'annotation-mark-active', annotation.id === flashId && 'annotation-flash'].filter(Boolean).join(' '),
      'data-color': String(annotation.color),
      'data-annotation-id': String(annotation.id),
    };
    if (annotation.comment) attrs.title = annotation.comment.slice(0, 300);
    for (const { from, to } of documentRanges(map, annotation.target.start, annotation.target.end)) decorations.push(Decoration.inline(from, to, attrs));
  }
  return decorations;
}

/** Detected quotations that no quote annotation covers yet (a highlight of the same words counts). */
export function openSuggestions(quotes: readonly DetectedQuote[], annotations: readonly Annotation[]): DetectedQuote[] {
  const taken = annotations.filter((a) => a.target && !a.orphaned).map((a) => a.target!);
  return quotes.filter((quote) => !taken.some((target) => overlapShare(quote, target) >= 0.8));
}

function overlapShare(quote: { start: number; end: number }, target: { start: number; end: number }): number {
  const overlap = Math.min(quote.end, target.end) - Math.max(quote.start, target.start);
  return overlap <= 0 ? 0 : overlap / (quote.end - quote.start);
}
