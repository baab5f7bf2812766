import type { NodeViewRenderer } from '@tiptap/core';

/**
 * An inline citation as the editor draws it: the stored label, cut short in the text
 * (the whole label, and how to open it, in its tooltip). Plain DOM: it is an atom with
 * no React state, and clicks are handled by the editor (`cite[data-citation]`).
 */
export const citationView: NodeViewRenderer = ({ node }) => {
  const dom = document.createElement('cite');
  dom.className = 'note-citation';
  dom.dataset.citation = '';
  dom.dataset.clippingId = String(node.attrs.clippingId);
  if (node.attrs.annotationId !== null) dom.dataset.annotationId = String(node.attrs.annotationId);
  const label = String(node.attrs.label);
  dom.dataset.label = label;
  dom.title = `${label} — click to open the clipping`;
  const text = document.createElement('span');
  text.className = 'note-citation-label';
  text.textContent = label;
  dom.append(text);
  return { dom };
};
