import { Node, mergeAttributes } from '@tiptap/core';
import { isLocalImageSrc } from './safe-url';

/**
 * A figure: an image reference plus its caption as inline content. The image source
 * is kept as captured; it is rendered only when it points at local storage, so a
 * remote image never loads from the reader.
 */
export const FigureNode = Node.create({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  draggable: false,
  isolating: true,

  addAttributes() {
    // Parsed from the figure's image first: an attribute on the <figure> element itself
    // (which is where renderHTML writes them) is only a fallback, so a page cannot
    // override the image it shows with `<figure src=…>`.
    return {
      src: { default: null, parseHTML: (element) => imageOf(element)?.getAttribute('src') ?? element.getAttribute('src') },
      alt: { default: null, parseHTML: (element) => imageOf(element)?.getAttribute('alt') || element.getAttribute('alt') || null },
      credit: { default: null, parseHTML: (element) => element.getAttribute('credit') },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (element) => {
          const img = (element as HTMLElement).querySelector('img');
          return { src: img?.getAttribute('src') ?? null, alt: img?.getAttribute('alt') || null };
        },
        contentElement: (element) =>
          (element as HTMLElement).querySelector('figcaption') ??
          (element as HTMLElement).ownerDocument.createElement('figcaption'),
      },
      {
        tag: 'img[src]',
        getAttrs: (element) => ({
          src: (element as HTMLElement).getAttribute('src'),
          alt: (element as HTMLElement).getAttribute('alt') || null,
        }),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { src, alt } = node.attrs as { src: string | null; alt: string | null };
    const image = isLocalImageSrc(src)
      ? ['img', { src, alt: alt ?? '' }]
      : ['div', { class: 'figure-placeholder', 'data-alt': alt ?? '' }, alt ? `Image: ${alt}` : 'Image'];
    return ['figure', mergeAttributes(HTMLAttributes, { class: 'clip-figure' }), image, ['figcaption', 0]];
  },
});

function imageOf(element: HTMLElement): HTMLElement | null {
  return element.nodeName === 'IMG' ? element : element.querySelector('img');
}
