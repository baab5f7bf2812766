import { inline } from '../compare/export-markdown';
import type { Run } from './citations/formatted-text';

/**
 * Text written into Markdown so that it reads back as itself: the comparison export's
 * escaping of inline markup (`inline`), plus what a line could start with.
 */
export { inline };

/** Within a paragraph: nothing at a line's start can make it a heading, list, quote, rule or code block. */
export function escapeLineStarts(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]+/, (space) => space.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'))
        .replace(/[ \t]+$/, (space) => space.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'))
        .replace(/^([#>+\-=])/, '\\$1')
        .replace(/^(\d{1,9})([.)])/, '$1\\$2'),
    )
    .join('\n');
}

/** `[text](<url>)`: linked whatever characters the address holds. */
export function markdownLink(text: string, url: string): string {
  const destination = url.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c)).replace(/&/g, '\\&');
  return `[${text}](<${destination}>)`;
}

/** Citation text as Markdown: the outlet in italics, the address a link. */
export function runsMarkdown(runs: Run[]): string {
  return runs
    .map((run) => {
      if (run.href) return markdownLink(inline(run.text), run.href);
      const text = inline(run.text);
      if (!run.italic) return text;
      // Spaces stay outside the asterisks, or the emphasis would not close.
      const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
      return core ? `${lead}*${core}*${trail}` : text;
    })
    .join('');
}

/** A YAML double-quoted scalar (JSON's string escapes are YAML's too). */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
