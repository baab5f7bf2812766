import { mergeAttributes, Node } from '@tiptap/core';
import { isWebUrl } from '../../document/safe-url';
import { idFromData, optionalId, optionalText, optionalWebUrl, positiveId } from '../attribute-checks';
import { sourceLine } from '../citation-label';

/**
 * A quote with its citation: a block quote holding the quoted text (paragraphs the
 * writer may trim or annotate), followed by the line naming its source — outlet,
 * headline, date and link — from attributes copied when the quote was inserted, so
 * the note reads the same after the clipping is gone.
 *
 * The node remembers what it cites: the clipping, the annotation (null for a quote
 * taken without one) and `quote`, the annotation's exact text at insertion. The core
 * compares `quote` with the annotation's current text to tell the writer that the
 * source changed (and offer to update), or that the annotation was deleted (the
 * quote stays, marked unlinked). Schema only; commands and the view come with the editor.
 */
export const CitedQuote = Node.create({
  name: 'citedQuote',
  group: 'block',
  content: 'paragraph+',
  defining: true,
  isolating: true,

  addAttributes() {
    const node = 'citedQuote';
    return {
      clippingId: {
        default: null,
        validate: positiveId(node, 'clippingId'),
        parseHTML: (element) => idFromData(element.getAttribute('data-clipping-id')),
        renderHTML: (attributes) => ({ 'data-clipping-id': attributes.clippingId }),
      },
      annotationId: {
        default: null,
        validate: optionalId(node, 'annotationId'),
        parseHTML: (element) => idFromData(element.getAttribute('data-annotation-id')),
        renderHTML: (attributes) => (attributes.annotationId === null ? {} : { 'data-annotation-id': attributes.annotationId }),
      },
      quote: textAttribute(node, 'quote', 'data-quote', 100_000),
      speaker: textAttribute(node, 'speaker', 'data-speaker', 500),
      outlet: textAttribute(node, 'outlet', 'data-outlet', 500),
      headline: textAttribute(node, 'headline', 'data-headline', 2000),
      published: textAttribute(node, 'published', 'data-published', 64),
      url: {
        default: null,
        validate: optionalWebUrl(node, 'url'),
        parseHTML: (element) => {
          const url = element.getAttribute('data-url');
          return isWebUrl(url) ? url : null;
        },
        renderHTML: (attributes) => (attributes.url === null ? {} : { 'data-url': attributes.url }),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'blockquote[data-cited-quote]',
        // Before the plain block quote's rule, which would take it otherwise.
        priority: 60,
        // Without a clipping it is no citation: pasted as a plain block quote instead.
        getAttrs: (element) => (idFromData((element as HTMLElement).getAttribute('data-clipping-id')) === null ? false : null),
        contentElement: (element) => (element as HTMLElement).querySelector(':scope > .cited-quote-text') ?? (element as HTMLElement),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attrs = node.attrs as { outlet: string | null; headline: string | null; published: string | null; url: string | null; speaker: string | null };
    const line = sourceLine(attrs);
    const source: unknown[] = ['footer', { class: 'cited-quote-source', contenteditable: 'false' }, attrs.speaker ? `${attrs.speaker} — ${line}` : line];
    if (attrs.url) source.push(' ', ['a', { href: attrs.url, rel: 'noopener noreferrer nofollow' }, 'link']);
    return ['blockquote', mergeAttributes(HTMLAttributes, { 'data-cited-quote': '', class: 'cited-quote' }), ['div', { class: 'cited-quote-text' }, 0], source] as never;
  },
});

function textAttribute(node: string, name: string, dataName: string, max: number) {
  return {
    default: null,
    validate: optionalText(node, name, max),
    parseHTML: (element: HTMLElement) => element.getAttribute(dataName),
    renderHTML: (attributes: Record<string, unknown>) => (attributes[name] === null ? {} : { [dataName]: attributes[name] }),
  };
}
