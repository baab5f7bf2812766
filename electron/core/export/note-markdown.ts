import type { DocMark, DocNode } from '../../../shared/document/document-types';
import { sourceLine } from '../../../shared/notes/citation-label';
import { quoteId } from '../../../shared/notes/note-footnotes';
import { escapeLineStarts, inline, markdownLink, runsMarkdown, yamlString } from './markdown-text';
import type { PreparedNote } from './prepared-note';

/**
 * A note as CommonMark with footnotes (`[^id]`, as markdown-it-footnote, pandoc and
 * GitHub read them), GFM pipe tables, `~~strike~~` and task list items:
 * - YAML front matter: title, `dossier-note` (the note's id: a later export of the same
 *   note to the same file replaces it), created, updated, exported, collections;
 * - a cited quote is an anchor comment `<!-- dossier:quote:ID -->`, then a block quote
 *   of its text and its source line ending in the footnote `[^q-ID]`; an inline citation
 *   is a footnote reference. Footnote ids are stable (see `note-footnotes.ts`);
 * - underline has no Markdown: it is kept as inline HTML, `<u>…</u>` (valid CommonMark;
 *   a renderer that allows HTML shows it underlined, others show the tags);
 * - the writer's text is escaped, so it reads back as written.
 */
export function noteMarkdown(note: PreparedNote): string {
  const front = [
    '---',
    `title: ${yamlString(note.title)}`,
    `dossier-note: ${note.id}`,
    `created: ${yamlString(note.createdAt)}`,
    `updated: ${yamlString(note.updatedAt)}`,
    `exported: ${yamlString(note.exportedAt.toISOString())}`,
    ...(note.collections.length > 0 ? ['collections:', ...note.collections.map((path) => `  - ${yamlString(path)}`)] : ['collections: []']),
    `citation-style: ${note.style}`,
    '---',
  ].join('\n');
  const writer = new MarkdownWriter(note);
  const body = writer.blocks(note.doc.content ?? []);
  const parts = [front, body];
  if (note.bibliography && note.bibliography.entries.length > 0) {
    parts.push(`## ${note.bibliography.heading}`, note.bibliography.entries.map((entry) => runsMarkdown(entry)).join('\n\n'));
  }
  const notes = note.footnotes.list.map((footnote) => `[^${footnote.id}]: ${runsMarkdown(note.footnoteText.get(footnote.id) ?? [])}`);
  if (notes.length > 0) parts.push(notes.join('\n'));
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}

const ORDER = ['link', 'bold', 'italic', 'strike', 'underline'];
const DELIMITERS: Record<string, [string, string]> = { bold: ['**', '**'], italic: ['*', '*'], strike: ['~~', '~~'], underline: ['<u>', '</u>'] };

class MarkdownWriter {
  constructor(private readonly note: PreparedNote) {}

  /** Blocks separated by blank lines. */
  blocks(nodes: DocNode[]): string {
    // Two lists in a row with the same marker would be read as one: every other one uses `*` (or `1)`).
    let previous = '';
    let alternate = false;
    return nodes
      .map((node) => {
        const kind = node.type === 'orderedList' ? 'ordered' : node.type === 'bulletList' || node.type === 'taskList' ? 'bullet' : '';
        alternate = kind !== '' && kind === previous ? !alternate : false;
        previous = kind;
        return this.block(node, alternate);
      })
      .filter((text) => text !== '')
      .join('\n\n');
  }

  private block(node: DocNode, alternate = false): string {
    switch (node.type) {
      case 'paragraph':
        return escapeLineStarts(this.inline(node.content ?? []));
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1));
        // A closing run of # would be read as the heading's closing sequence.
        const text = this.inline(node.content ?? []).replace(/\\\n/g, ' ').replace(/(^|\s)(#+)$/, '$1\\$2');
        return text ? `${'#'.repeat(level)} ${text}` : '';
      }
      case 'blockquote':
        return quote(this.blocks(node.content ?? []));
      case 'citedQuote':
        return this.citedQuote(node);
      case 'bulletList':
        return this.list(node, () => (alternate ? '* ' : '- '));
      case 'orderedList': {
        const start = Number(node.attrs?.start) || 1;
        return this.list(node, (i) => `${start + i}${alternate ? ')' : '.'} `);
      }
      case 'taskList':
        return this.list(node, (_i, item) => `${alternate ? '*' : '-'} [${item.attrs?.checked ? 'x' : ' '}] `);
      case 'codeBlock':
        return codeBlock(textOf(node), typeof node.attrs?.language === 'string' ? node.attrs.language : '');
      case 'horizontalRule':
        return '***';
      case 'table':
        return this.table(node);
      default:
        return node.content ? this.blocks(node.content) : '';
    }
  }

  private citedQuote(node: DocNode): string {
    const footnote = this.note.footnotes.of(node);
    const attrs = (node.attrs ?? {}) as Record<string, string | null>;
    const line = sourceLine({ outlet: attrs.outlet ?? null, headline: attrs.headline ?? null, published: attrs.published ?? null, url: null });
    const source = [attrs.speaker, line].filter(Boolean).join(', ');
    const reference = footnote ? `[^${footnote.id}]` : '';
    const body = this.blocks(node.content ?? []);
    const attribution = source || reference ? `— ${escapeLineStarts(inline(source))}${reference}` : '';
    return `<!-- dossier:quote:${quoteId(node)} -->\n\n${quote([body, attribution].filter(Boolean).join('\n\n'))}`;
  }

  /** Items with their marker; what follows an item's first line is indented under it. */
  private list(node: DocNode, marker: (index: number, item: DocNode) => string): string {
    return (node.content ?? [])
      .map((item, i) => {
        const mark = marker(i, item);
        const text = this.blocks(item.content ?? []) || '';
        const pad = ' '.repeat(mark.length);
        return `${mark}${text.split('\n').map((line, n) => (n === 0 || line === '' ? line : pad + line)).join('\n')}`;
      })
      .join('\n');
  }

  /** A GFM pipe table; its first row is the header row (GFM tables have one). A cell's paragraphs are joined by `<br>`. */
  private table(node: DocNode): string {
    const rows = (node.content ?? []).map((row) => (row.content ?? []).map((cell) => this.cell(cell)));
    if (rows.length === 0) return '';
    const width = Math.max(...rows.map((row) => row.length), 1);
    const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
    return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
  }

  private cell(cell: DocNode): string {
    const parts: string[] = [];
    const collect = (node: DocNode) => {
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'codeBlock') {
        const text = node.type === 'codeBlock' ? inline(textOf(node)) : this.inline(node.content ?? []);
        parts.push(text.replace(/\\\n/g, '<br>').replace(/\n/g, ' '));
      } else for (const child of node.content ?? []) collect(child);
    };
    collect(cell);
    return parts.filter(Boolean).join('<br>');
  }

  /** Inline content: marks opened and closed across text nodes, spaces kept outside them. */
  inline(nodes: DocNode[]): string {
    let out = '';
    const open: DocMark[] = [];
    let pendingSpace = '';
    const closeTo = (keep: number) => {
      while (open.length > keep) out += closer(open.pop()!);
    };
    for (const node of nodes) {
      if (node.type === 'hardBreak') {
        closeTo(0);
        out += `${pendingSpace}\\\n`;
        pendingSpace = '';
        continue;
      }
      if (node.type === 'citation') {
        const footnote = this.note.footnotes.of(node);
        // A footnote mark sits against the word before it ("as reported[^c12]").
        if (!footnote) out += pendingSpace;
        pendingSpace = '';
        if (footnote) out += `[^${footnote.id}]`;
        continue;
      }
      if (node.type !== 'text' || !node.text) continue;
      const marks = [...(node.marks ?? [])].sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
      if (marks.some((mark) => mark.type === 'code')) {
        closeTo(0);
        out += pendingSpace + code(node.text);
        pendingSpace = '';
        continue;
      }
      let keep = 0;
      while (keep < open.length && keep < marks.length && sameMark(open[keep]!, marks[keep]!)) keep += 1;
      const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(node.text)!;
      if (open.length > keep) {
        closeTo(keep);
      }
      out += pendingSpace;
      pendingSpace = '';
      if (!core) {
        pendingSpace = lead! + trail!;
        continue;
      }
      out += inline(lead!);
      for (const mark of marks.slice(keep)) {
        out += opener(mark);
        open.push(mark);
      }
      out += inline(core);
      pendingSpace = inline(trail!);
    }
    closeTo(0);
    return out + pendingSpace;
  }
}

function sameMark(a: DocMark, b: DocMark): boolean {
  return a.type === b.type && (a.type !== 'link' || a.attrs?.href === b.attrs?.href);
}

function opener(mark: DocMark): string {
  return mark.type === 'link' ? '[' : (DELIMITERS[mark.type]?.[0] ?? '');
}

function closer(mark: DocMark): string {
  if (mark.type === 'link') return markdownLink('', String(mark.attrs?.href ?? '')).slice(1);
  return DELIMITERS[mark.type]?.[1] ?? '';
}

/** Inline code: a backtick run longer than any inside, padded when the code starts or ends with one. */
function code(text: string): string {
  const flat = text.replace(/\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function codeBlock(text: string, language: string): string {
  const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const info = language.replace(/[`\s]/g, '');
  return `${fence}${info}\n${text}\n${fence}`;
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function textOf(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(textOf).join('');
}
