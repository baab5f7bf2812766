/** A piece of a snippet: plain text, or a search match to mark. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Splits a snippet at the core's highlight ranges (UTF-16 [start, end) offsets).
 * Ranges are clamped to the text, sorted and merged, so an odd range never throws
 * or repeats text; the parts always join back to the snippet. Rendered as text
 * and <mark> elements — never as HTML.
 */
export function highlightParts(text: string, ranges: ReadonlyArray<readonly [number, number]>): SnippetPart[] {
  const clean = ranges
    .map(([start, end]) => [Math.max(0, Math.min(start, text.length)), Math.max(0, Math.min(end, text.length))] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [start, end] of clean) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push({ text: text.slice(at, from), match: false });
    const last = parts.at(-1);
    // Overlapping or touching ranges make one mark.
    if (last?.match && from === at) last.text += text.slice(from, end);
    else parts.push({ text: text.slice(from, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
