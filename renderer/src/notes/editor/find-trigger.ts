/**
 * What the writer is typing a command for, read from the text of the current block
 * before the cursor: `/` opens the block menu, `@` or `[[` the citation picker. A
 * trigger counts only at the start of the block or after a space, so an address
 * ("a/b", "kim@example.org") or a path does not open a menu.
 */
export type TriggerKind = 'slash' | 'cite';

export interface Trigger {
  kind: TriggerKind;
  /** What was typed after the trigger. */
  query: string;
  /** Characters from the trigger's start to the cursor (what choosing replaces). */
  length: number;
}

const SLASH = /(?:^|\s)(\/([\p{L}\p{N}-]{0,20}))$/u;
const AT = /(?:^|[\s(])(@([^\s@]{0,40}))$/u;
const BRACKETS = /(\[\[([^\]\n]{0,60}))$/u;

export function findTrigger(textBefore: string): Trigger | null {
  const slash = SLASH.exec(textBefore);
  if (slash) return { kind: 'slash', query: slash[2]!, length: slash[1]!.length };
  const brackets = BRACKETS.exec(textBefore);
  if (brackets) return { kind: 'cite', query: brackets[2]!, length: brackets[1]!.length };
  const at = AT.exec(textBefore);
  if (at) return { kind: 'cite', query: at[2]!, length: at[1]!.length };
  return null;
}

/** Moves an active item through `count` items, wrapping at both ends. */
export function stepIndex(index: number, step: number, count: number): number {
  if (count === 0) return 0;
  return (((index + step) % count) + count) % count;
}
