import type { AnyExtension } from '@tiptap/core';
import { getSchema } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type { Schema } from '@tiptap/pm/model';
import { SafeLink } from '../document/schema-extensions';
import { isSafeLinkHref } from '../document/safe-url';
import { Citation } from './citation/citation-node';
import { CitedQuote } from './cited-quote/cited-quote-node';

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
    SafeLink.configure({
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
