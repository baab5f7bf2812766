import type { SourceFormat } from '../../../shared/domain/clipping';

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i;
const MARKDOWN_MARKERS = [
  /^#{1,6}\s+\S/m, // # Heading
  /^\s{0,3}[-*+]\s+\S/m, // - list item
  /^\s{0,3}\d+[.)]\s+\S/m, // 1. list item
  /^>\s?\S/m, // > quote
  /^(```|~~~)/m, // fenced code
  /\[[^\]\n]+\]\([^)\s]+\)/, // [link](url)
  /(\*\*|__)\S[^\n]*?\S\1/, // **bold**
];

/** Guesses the format of pasted content: markup → HTML, markdown markers → Markdown, else text. */
export function detectFormat(content: string): SourceFormat {
  const trimmed = content.trimStart();
  if (trimmed.startsWith('<') && HTML_TAG.test(trimmed)) return 'html';
  if (MARKDOWN_MARKERS.some((marker) => marker.test(content))) return 'markdown';
  return 'text';
}

export const FORMAT_LABELS: Record<SourceFormat, string> = {
  html: 'HTML',
  text: 'Plain text',
  markdown: 'Markdown',
};
