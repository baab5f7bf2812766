import { isWebUrl } from '../document/safe-url';

/**
 * Validators for the attributes of the note's own nodes. ProseMirror runs them when a
 * stored document is read (`Node.check()`), so a note with a citation to "abc" or a
 * `javascript:` source link is refused instead of stored. Each throws a RangeError
 * whose message names the node and the attribute.
 */
export function positiveId(node: string, name: string) {
  return (value: unknown) => {
    if (!Number.isSafeInteger(value) || (value as number) <= 0) throw new RangeError(`${node}: ${name} must be an id (a positive whole number), not ${describe(value)}.`);
  };
}

export function optionalId(node: string, name: string) {
  const check = positiveId(node, name);
  return (value: unknown) => {
    if (value !== null) check(value);
  };
}

export function optionalText(node: string, name: string, max: number) {
  return (value: unknown) => {
    if (value === null) return;
    if (typeof value !== 'string') throw new RangeError(`${node}: ${name} must be text, not ${describe(value)}.`);
    if (value.length > max) throw new RangeError(`${node}: ${name} is longer than ${max.toLocaleString('en')} characters.`);
  };
}

export function requiredText(node: string, name: string, max: number) {
  const check = optionalText(node, name, max);
  return (value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') throw new RangeError(`${node}: ${name} cannot be empty.`);
    check(value);
  };
}

export function optionalWebUrl(node: string, name: string) {
  return (value: unknown) => {
    if (value !== null && !isWebUrl(value)) throw new RangeError(`${node}: ${name} must be an http or https address.`);
  };
}

function describe(value: unknown): string {
  if (value === null) return 'nothing';
  if (typeof value === 'string') return `"${value.slice(0, 40)}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

/** An id read from a `data-` attribute of pasted or dropped HTML; anything else is no id. */
export function idFromData(value: string | null): number | null {
  if (value === null || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}
