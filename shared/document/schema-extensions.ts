import type { AnyExtension, Attributes } from '@tiptap/core';
import { getSchema } from '@tiptap/core';
import Blockquote from '@tiptap/extension-blockquote';
import Bold from '@tiptap/extension-bold';
import Document from '@tiptap/extension-document';
import HardBreak from '@tiptap/extension-hard-break';
import Heading from '@tiptap/extension-heading';
import Italic from '@tiptap/extension-italic';
import Link from '@tiptap/extension-link';
import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list';
import Paragraph from '@tiptap/extension-paragraph';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import Text from '@tiptap/extension-text';
import { FigureNode } from './figure-node';
import { isSafeLinkHref } from './safe-url';

/**
 * Links keep only their address and title from parsed HTML: a page's own `rel`,
 * `target` and `class` would otherwise be stored and rendered over the safe defaults
 * (a pasted `rel="opener"` replacing `noopener`).
 */
export const SafeLink = Link.extend({
  addAttributes() {
    const inherited: Attributes = this.parent?.() ?? {};
    const ignoreParsed = () => null;
    return {
      ...inherited,
      target: { ...inherited.target, parseHTML: ignoreParsed },
      rel: { ...inherited.rel, parseHTML: ignoreParsed },
      class: { ...inherited.class, parseHTML: ignoreParsed },
    };
  },
});

/**
 * The restricted schema every clipping is stored in: headings, paragraphs, block
 * quotes, lists, figures with captions, tables, links and emphasis. Nothing else
 * survives conversion, which is what keeps clipped pages inert.
 */
export function clippingExtensions(): AnyExtension[] {
  return [
    Document,
    Paragraph,
    Text,
    Heading.configure({ levels: [1, 2, 3, 4, 5, 6] }),
    Blockquote,
    BulletList,
    OrderedList,
    ListItem,
    HardBreak,
    Bold,
    Italic,
    SafeLink.configure({
      openOnClick: false,
      autolink: false,
      linkOnPaste: false,
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      isAllowedUri: (url) => isSafeLinkHref(url),
    }),
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
    FigureNode,
  ];
}

export function clippingSchema() {
  return getSchema(clippingExtensions());
}
