import type { AnyExtension } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { FigureNode } from '../../../shared/document/figure-node';
import { clippingExtensions } from '../../../shared/document/schema-extensions';

/**
 * The shared figure, as the reader shows it: the same image policy (only local
 * images render), plus the photo credit in small type after the caption. The schema
 * is unchanged: this only renders an attribute the figure already has.
 */
const ReaderFigure = FigureNode.extend({
  renderHTML({ node, HTMLAttributes }) {
    const spec = this.parent?.({ node, HTMLAttributes }) as readonly unknown[];
    const credit = typeof node.attrs.credit === 'string' ? node.attrs.credit.trim() : '';
    return (credit ? [...spec, ['small', { class: 'figure-credit' }, credit]] : spec) as DOMOutputSpec;
  },
});

/** The clipping schema with the reader's rendering of figures. */
export function readerExtensions(): AnyExtension[] {
  return clippingExtensions().map((extension) => (extension.name === FigureNode.name ? ReaderFigure : extension));
}
