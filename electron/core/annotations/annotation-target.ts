import { ApiError } from '../../../shared/api/errors';
import { describeRange } from '../../../shared/annotations/text-anchor';
import type { AnnotationTarget } from '../../../shared/domain/annotation';
import { MAX_QUOTE_LENGTH } from '../../../shared/domain/annotation';
import type { TextBlock } from '../../../shared/document/canonical-text';

/**
 * The target of a highlight over `text.slice(start, end)`: the range without the
 * white space at its ends (a drag that starts in a margin selects a newline), its
 * selectors, and the block it starts in. Only white space is refused.
 */
export function targetFor(text: string, blocks: readonly TextBlock[], start: number, end: number): AnnotationTarget {
  if (start < 0 || end > text.length || start >= end) throw new ApiError('invalid_input', 'The selection is not in the text of this clipping any more. Select the text again.');
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start === end) throw new ApiError('invalid_input', 'Only white space is selected. Select some words to highlight.');
  if (end - start > MAX_QUOTE_LENGTH) throw new ApiError('invalid_input', `A highlight covers at most ${MAX_QUOTE_LENGTH.toLocaleString('en')} characters. Select less text.`);
  const { quote, position } = describeRange(text, start, end);
  return { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end, block: blockAt(blocks, start) };
}

/** The index of the block that holds `offset` (or the next one, for an offset between blocks). */
export function blockAt(blocks: readonly TextBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low);
}
