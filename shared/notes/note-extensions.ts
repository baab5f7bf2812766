import type { AnyExtension, Attributes } from '@tiptap/core';
import { getSchema } from '@tiptap/core';
import Link from '@tiptap/extension-link';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type { Schema } from '@tiptap/pm/model';
import { isSafeLinkHref } from '../document/safe-url';
import { Citation } from './citation/citation-node';
import { CitedQuote } from './cited-quote/cited-quote-node';

/**
 * A link in a note keeps only its address and title from pasted HTML (a page's own
 * `rel`, `target` and `class` would replace the safe defaults), and only web and mail
 * addresses are links at all.
 */
const NoteLink = Link.extend({
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
 * The tiptap extensions of a research note, for the core (checking and indexing
 * stored notes, in plain Node: no DOM is needed for the schema) and the renderer's
 * editor alike: StarterKit's headings, paragraphs, bold, italic, underline, strike,
 * code, code blocks, block quotes, lists, rules and links; task lists; tables; and the
 * note's own nodes, the cited quote and the inline citation.
 */
export function noteExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({ link: false }),
    NoteLink.configure({
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      isAllowedUri: (url) => isSafeLinkHref(url),
    }),
    TaskList,
    TaskItem.configure({ nested: true }),
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
    CitedQuote,
    Citation,
  ];
}

let schema: Schema | null = null;

/** The note schema, built once. */
export function noteSchema(): Schema {
  schema ??= getSchema(noteExtensions());
  return schema;
}
