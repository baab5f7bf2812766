/**
 * Attribute reads as selectors make them. On linkedom, getAttribute('class') rebuilds
 * the value from the element's DOMTokenList on every call; the attribute node holds
 * the string as written.
 */
export function rawAttr(el: Element, name: string): string | null {
  return el.getAttributeNode(name)?.value ?? null;
}

/** `[name~=token]`: the whitespace-separated value holds the token. */
export function hasToken(value: string | null, token: string): boolean {
  return value !== null && value.split(/\s+/).includes(token);
}

/** `[name~=token]` for attributes that selectors compare without case in HTML (rel, type…). */
export function hasTokenIgnoringCase(value: string | null, token: string): boolean {
  return value !== null && value.toLowerCase().split(/\s+/).includes(token);
}
