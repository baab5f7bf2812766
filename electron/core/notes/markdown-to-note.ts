import type MarkdownIt from 'markdown-it';
import { ApiError } from '../../../shared/api/errors';
import type { DocMark, DocNode } from '../../../shared/document/document-types';
import type { NoteDoc } from '../../../shared/domain/note';
import { isSafeLinkHref } from '../../../shared/document/safe-url';
import { citationLabel } from '../../../shared/notes/citation-label';
import type { CitedClipping } from './cited-clippings';
import { citationsIn, keepEscapesApart } from './markdown-citations';

type Token = ReturnType<MarkdownIt['parse']>[number];

/** The clippings with these ids that exist (live or in the trash). */
export type CitedClippingLookup = (ids: number[]) => Map<number, CitedClipping>;

export interface MarkdownNote {
  /** ProseMirror JSON in the note schema, checked. */
  doc: NoteDoc;
  /** The clippings cited, once each, in order. */
  citations: number[];
  /** What the writer should know, e.g. a cited clipping is in the trash. */
  warnings: string[];
}

const TASK = /^\[([ xX])\](?:\s+|$)/;

/**
 * A Markdown file as a note: markdown-it's tokens (CommonMark with tables and ~~strike~~)
 * become the note schema's JSON directly — headings, paragraphs, emphasis, strong,
 * strike, inline code, links (http, https and mailto only; other links keep their
 * text), bullet, numbered and task lists (`- [ ]`, `- [x]`), block quotes, code
 * blocks, tables and rules — and `[@123]` becomes an inline citation of clipping 123,
 * labelled with its outlet and a short headline (`\[@123]` stays text). Raw HTML is
 * not read as HTML (`html: false`): a `<script>` stays visible text. A citation of a clipping that is
 * not in the library refuses the whole file, naming the ids; one in the trash is kept,
 * with a warning.
 */
export async function markdownToNote(markdown: string, lookup: CitedClippingLookup): Promise<MarkdownNote> {
  const { default: MarkdownItClass } = await import('markdown-it');
  const md = new MarkdownItClass({ html: false, linkify: false, typographer: false });
  keepEscapesApart(md);
  const tokens = md.parse(markdown, {});
  const ids = citedIds(tokens);
  const found = lookup(ids);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) {
    const list = missing.map((id) => `[@${id}]`).join(', ');
    throw new ApiError(
      'not_found',
      `${missing.length === 1 ? `The Markdown cites clipping ${missing[0]} (${list}), which is` : `The Markdown cites clippings ${missing.join(', ')} (${list}), which are`} not in the library. Correct the id${missing.length === 1 ? '' : 's'} and add the note again.`,
    );
  }
  const warnings = ids
    .filter((id) => found.get(id)!.trashed)
    .map((id) => `Clipping ${id} (“${found.get(id)!.headline ?? ''}”) is in the trash: the citation is kept and shows the clipping as in the trash until it is restored.`);
  // As the note schema writes it (defaults filled in), and checked: a 5 MB file is refused here with its size.
  const { checkNoteDocument } = await import('../../../shared/notes/check-note-document');
  return { doc: checkNoteDocument(new NoteBuilder(found).build(tokens)) as NoteDoc, citations: ids, warnings };
}

function citedIds(tokens: Token[]): number[] {
  const ids = new Set<number>();
  for (const token of tokens) {
    for (const child of token.type === 'inline' ? (token.children ?? []) : []) {
      if (child.type === 'text') for (const found of citationsIn(child)) ids.add(found.clippingId);
    }
  }
  return [...ids];
}

const BLOCKS: Record<string, string> = {
  paragraph_open: 'paragraph',
  blockquote_open: 'blockquote',
  bullet_list_open: 'bulletList',
  ordered_list_open: 'orderedList',
  list_item_open: 'listItem',
  table_open: 'table',
  tr_open: 'tableRow',
  th_open: 'tableHeader',
  td_open: 'tableCell',
};

class NoteBuilder {
  private readonly stack: DocNode[] = [{ type: 'doc', content: [] }];

  constructor(private readonly clippings: Map<number, CitedClipping>) {}

  build(tokens: Token[]): DocNode {
    for (const token of tokens) this.block(token);
    const doc = this.stack[0]!;
    if (doc.content!.length === 0) doc.content!.push({ type: 'paragraph' });
    return doc;
  }

  private block(token: Token): void {
    if (token.type === 'thead_open' || token.type === 'thead_close' || token.type === 'tbody_open' || token.type === 'tbody_close') return;
    if (token.type === 'heading_open') return this.open({ type: 'heading', attrs: { level: Number(token.tag.slice(1)) } });
    if (token.type === 'ordered_list_open') return this.open({ type: 'orderedList', attrs: { start: Number(token.attrGet('start') ?? 1) } });
    const type = BLOCKS[token.type];
    if (type) return this.open({ type });
    if (token.nesting === -1) return this.close();
    if (token.type === 'inline') return this.append(...this.inline(token.children ?? []));
    if (token.type === 'fence' || token.type === 'code_block') {
      const language = token.info.trim().split(/\s+/)[0] || null;
      const text = token.content.replace(/\n$/, '');
      return this.append({ type: 'codeBlock', attrs: { language }, ...(text ? { content: [{ type: 'text', text }] } : {}) });
    }
    if (token.type === 'hr') return this.append({ type: 'horizontalRule' });
    // Anything else (html_block cannot occur with html: false) keeps its text.
    if (token.content) this.append({ type: 'paragraph', content: [{ type: 'text', text: token.content }] });
  }

  private open(node: DocNode): void {
    node.content = [];
    this.stack.push(node);
  }

  private close(): void {
    const node = this.stack.pop()!;
    this.append(finish(node));
  }

  private append(...nodes: DocNode[]): void {
    this.stack[this.stack.length - 1]!.content!.push(...nodes);
  }

  /** Inline tokens → text nodes with marks, hard breaks and citations. */
  private inline(tokens: Token[]): DocNode[] {
    const out: DocNode[] = [];
    const marks: DocMark[] = [];
    const links: Array<DocMark | null> = [];
    const text = (value: string, own: DocMark[] = marks) => {
      if (value) out.push({ type: 'text', text: value, ...(own.length ? { marks: own.map((mark) => ({ ...mark })) } : {}) });
    };
    const toggle = (type: string, on: boolean) => {
      if (on) marks.push({ type });
      else marks.splice(marks.findLastIndex((mark) => mark.type === type), 1);
    };
    for (const token of tokens) {
      switch (token.type) {
        case 'text':
          this.textWithCitations(token, marks, out);
          break;
        case 'softbreak':
          text(' ');
          break;
        case 'hardbreak':
          out.push({ type: 'hardBreak' });
          break;
        // Code excludes every other mark in the schema (a link around it included).
        case 'code_inline':
          text(token.content, [{ type: 'code' }]);
          break;
        case 'image':
          text(token.content);
          break;
        case 'em_open':
        case 'em_close':
          toggle('italic', token.nesting === 1);
          break;
        case 'strong_open':
        case 'strong_close':
          toggle('bold', token.nesting === 1);
          break;
        case 's_open':
        case 's_close':
          toggle('strike', token.nesting === 1);
          break;
        case 'link_open': {
          const href = token.attrGet('href');
          const link = isSafeLinkHref(href) ? { type: 'link', attrs: { href } } : null;
          links.push(link);
          if (link) marks.push(link);
          break;
        }
        case 'link_close':
          if (links.pop()) marks.splice(marks.findLastIndex((mark) => mark.type === 'link'), 1);
          break;
        default:
          text(token.content);
      }
    }
    return out;
  }

  private textWithCitations(token: Token, marks: DocMark[], out: DocNode[]): void {
    const value = token.content;
    let last = 0;
    const push = (piece: string) => {
      if (piece) out.push({ type: 'text', text: piece, ...(marks.length ? { marks: marks.map((mark) => ({ ...mark })) } : {}) });
    };
    for (const found of citationsIn(token)) {
      push(value.slice(last, found.index));
      const clipping = this.clippings.get(found.clippingId)!;
      out.push({ type: 'citation', attrs: { clippingId: clipping.id, annotationId: null, label: citationLabel(clipping) } });
      last = found.index + found.length;
    }
    push(value.slice(last));
  }
}

/** The schema's shape for what Markdown leaves loose: list items start with a paragraph, cells hold blocks, task lists. */
function finish(node: DocNode): DocNode {
  const content = node.content ?? [];
  switch (node.type) {
    case 'listItem':
      if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
      return node;
    case 'blockquote':
      if (content.length === 0) content.push({ type: 'paragraph' });
      return node;
    case 'tableHeader':
    case 'tableCell':
      return { type: node.type, content: [{ type: 'paragraph', ...(content.length ? { content } : {}) }] };
    case 'bulletList':
      return asTaskList(node) ?? node;
    case 'paragraph':
    case 'heading':
      if (content.length === 0) delete node.content;
      return node;
    default:
      return node;
  }
}

/** A bullet list whose every item starts with `[ ]` or `[x]` is a task list. */
function asTaskList(list: DocNode): DocNode | null {
  const items = list.content ?? [];
  const firstText = (item: DocNode) => item.content?.[0]?.content?.[0];
  const isTask = (item: DocNode) => {
    const first = firstText(item);
    return first?.type === 'text' && !first.marks && TASK.test(first.text ?? '');
  };
  if (items.length === 0 || !items.every(isTask)) return null;
  return {
    type: 'taskList',
    content: items.map((item) => {
      const paragraph = item.content![0]!;
      const first = paragraph.content![0]!;
      const checked = TASK.exec(first.text!)![1] !== ' ';
      const rest = first.text!.replace(TASK, '');
      const inline = rest ? [{ ...first, text: rest }, ...paragraph.content!.slice(1)] : paragraph.content!.slice(1);
      const text: DocNode = inline.length ? { type: 'paragraph', content: inline } : { type: 'paragraph' };
      return { type: 'taskItem', attrs: { checked }, content: [text, ...item.content!.slice(1)] };
    }),
  };
}
