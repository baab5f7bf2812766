import { diffArrays } from 'diff';
import { diffTokensIn, type Token } from './tokens';
import type { DiffOp } from './types';

/** Past this many edits the diff gives up and reports the passage as rewritten. */
const MAX_EDIT_LENGTH = 4000;

/**
 * Words added, removed and changed from `base` to `other` (each a text with the
 * range compared). Tokens are words (CJK: single characters), compared normalised
 * (case, accents, apostrophes); each op's text is the span of its words as written
 * (for `same`, as written in `other`). A removal followed by an addition is a change.
 */
export function wordDiff(
  base: { text: string; start: number; end: number },
  other: { text: string; start: number; end: number },
): DiffOp[] {
  const a = diffTokensIn(base.text, base.start, base.end);
  const b = diffTokensIn(other.text, other.start, other.end);
  const changes =
    diffArrays(a, b, { comparator: (x: Token, y: Token) => x.norm === y.norm, maxEditLength: MAX_EDIT_LENGTH }) ??
    [
      { value: a, removed: true, added: false, count: a.length },
      { value: b, removed: false, added: true, count: b.length },
    ];
  const span = (text: string, tokens: Token[]) => (tokens.length === 0 ? '' : text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end));
  const ops: DiffOp[] = [];
  let ia = 0;
  let ib = 0;
  for (const change of changes) {
    const n = change.value.length;
    if (n === 0) continue;
    if (change.added) {
      const text = span(other.text, b.slice(ib, (ib += n)));
      const last = ops[ops.length - 1];
      if (last?.op === 'removed') ops[ops.length - 1] = { op: 'changed', from: last.text, to: text };
      else ops.push({ op: 'added', text });
    } else if (change.removed) {
      ops.push({ op: 'removed', text: span(base.text, a.slice(ia, (ia += n))) });
    } else {
      ia += n;
      ops.push({ op: 'same', text: span(other.text, b.slice(ib, (ib += n))) });
    }
  }
  return ops;
}
