import { isSafeLinkHref } from '../../../../shared/document/safe-url';
import type { NoteBibliography } from '../../../../shared/domain/note';
import type { JsonNode } from '../cited-quote/quote-content';

/** A bibliography as note blocks: its heading, then one paragraph per entry (italic runs, the address linked). */
export function bibliographyNodes(bibliography: NoteBibliography): JsonNode[] {
  const entries = bibliography.entries
    .map((runs): JsonNode => ({
      type: 'paragraph',
      content: runs
        .filter((run) => run.text !== '')
        .map((run) => {
          const marks = [...(run.italic ? [{ type: 'italic' }] : []), ...(run.href && isSafeLinkHref(run.href) ? [{ type: 'link', attrs: { href: run.href } }] : [])];
          return { type: 'text', text: run.text, ...(marks.length ? { marks } : {}) } as JsonNode;
        }),
    }))
    .filter((paragraph) => paragraph.content!.length > 0);
  return [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: bibliography.heading }] }, ...entries];
}
