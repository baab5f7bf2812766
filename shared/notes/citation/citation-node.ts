import { mergeAttributes, Node } from '@tiptap/core';
import { idFromData, optionalId, positiveId, requiredText } from '../attribute-checks';

/**
 * An inline citation: a small mark in running text naming a clipping (and, when the
 * writer cited a passage, its annotation). An atom — it is selected, copied and
 * deleted whole; its `label` ("Yonhap: Headline…") is stored with it, so the text
 * reads the same after the clipping is gone, and it is what the note's plain text
 * (search, export) shows. Schema only; commands and the view come with the editor.
 */
export const Citation = Node.create({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    const node = 'citation';
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
      label: {
        default: null,
        validate: requiredText(node, 'label', 300),
        parseHTML: (element) => element.getAttribute('data-label') ?? element.textContent?.trim() ?? null,
        renderHTML: (attributes) => ({ 'data-label': attributes.label }),
      },
    };
  },

  parseHTML() {
    // Without a clipping or a label it is no citation: its text is pasted as text.
    return [
      {
        tag: 'cite[data-citation]',
        getAttrs: (element) => {
          const cite = element as HTMLElement;
          const label = cite.getAttribute('data-label') ?? cite.textContent?.trim();
          return idFromData(cite.getAttribute('data-clipping-id')) === null || !label ? false : null;
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return ['cite', mergeAttributes(HTMLAttributes, { 'data-citation': '', class: 'note-citation' }), String(node.attrs.label)];
  },

  renderText({ node }) {
    return String(node.attrs.label);
  },
});
