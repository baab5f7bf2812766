import {
  AlignmentType,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  Paragraph,
  Table,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { DocNode } from '../../../shared/document/document-types';
import { isSafeLinkHref } from '../../../shared/document/safe-url';
import { sourceLine } from '../../../shared/notes/citation-label';
import type { NoteFootnote } from '../../../shared/notes/note-footnotes';
import { link, runFormat, runsDocx, textOf } from './docx-runs';
import { listLevels } from './docx-styles';
import { docxTable } from './docx-table';
import type { PreparedNote } from './prepared-note';

interface Context {
  /** List nesting depth (0 outside lists). */
  level: number;
  /** Inside a block quote: paragraphs take the Quote style. */
  quote: boolean;
  list?: { reference: string; instance: number } | null;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/**
 * The note's blocks as Word paragraphs and tables, collecting what the document around them
 * needs: a numbering definition per numbered list (each restarts at its own start) and a
 * footnote per citation reference.
 */
export class DocxWriter {
  private readonly notes: Record<string, { children: Paragraph[] }> = {};
  private nextNote = 1;
  private readonly ordered: Array<{ reference: string; start: number }> = [];
  private nextInstance = 1;

  constructor(private readonly note: PreparedNote) {}

  blocks(nodes: DocNode[], context: Context): Array<Paragraph | Table> {
    return nodes.flatMap((node) => this.block(node, context));
  }

  numberingConfig() {
    return [
      { reference: 'bullets', levels: listLevels('bullet') },
      ...this.ordered.map(({ reference, start }) => ({ reference, levels: listLevels('decimal', start) })),
    ];
  }

  footnotes(): Record<string, { children: Paragraph[] }> {
    return this.notes;
  }

  private block(node: DocNode, context: Context): Array<Paragraph | Table> {
    const style = context.quote ? { style: 'Quote' } : {};
    switch (node.type) {
      case 'paragraph':
        return [new Paragraph({ ...style, ...this.numbering(context), children: this.inline(node.content ?? []) })];
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1));
        return [new Paragraph({ heading: HEADINGS[level - 1], children: this.inline(node.content ?? []) })];
      }
      case 'blockquote':
        return this.blocks(node.content ?? [], { ...context, quote: true, list: null });
      case 'citedQuote':
        return this.citedQuote(node, context);
      case 'bulletList':
        return this.list(node, context, { reference: 'bullets', instance: this.nextInstance++ });
      case 'orderedList': {
        const reference = `numbers-${this.ordered.length + 1}`;
        this.ordered.push({ reference, start: Number(node.attrs?.start) || 1 });
        return this.list(node, context, { reference, instance: 1 });
      }
      case 'taskList':
        return this.list(node, context, null);
      case 'codeBlock':
        return textOf(node)
          .split('\n')
          .map((line) => new Paragraph({ style: 'Code', children: [new TextRun({ text: line || ' ' })] }));
      case 'horizontalRule':
        return [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('* * *')] })];
      case 'table':
        return [docxTable(node, (cell) => this.blocks(cell, { level: 0, quote: false }))];
      default:
        return this.blocks(node.content ?? [], context);
    }
  }

  /** A list item's first paragraph carries the number or bullet; what follows it is indented under it. */
  private list(node: DocNode, context: Context, numbering: { reference: string; instance: number } | null): Array<Paragraph | Table> {
    const level = context.level;
    return (node.content ?? []).flatMap((item) => {
      const [first, ...rest] = item.content ?? [];
      const out: Array<Paragraph | Table> = [];
      if (first?.type === 'paragraph') {
        const box = item.type === 'taskItem' ? [new TextRun(item.attrs?.checked === true ? '☒ ' : '☐ ')] : [];
        out.push(
          new Paragraph({
            ...(context.quote ? { style: 'Quote' } : {}),
            ...(numbering ? { numbering: { reference: numbering.reference, level: Math.min(level, 8), instance: numbering.instance } } : { indent: { left: 720 * (level + 1) } }),
            children: [...box, ...this.inline(first.content ?? [])],
          }),
        );
      } else if (first) out.push(...this.block(first, { ...context, level: level + 1 }));
      out.push(...this.blocks(rest, { ...context, level: level + 1, list: null }));
      return out;
    });
  }

  private numbering(context: Context) {
    return context.level > 0 && !context.list ? { indent: { left: 720 * context.level } } : {};
  }

  private citedQuote(node: DocNode, context: Context): Paragraph[] {
    const attrs = (node.attrs ?? {}) as Record<string, string | null>;
    const line = sourceLine({ outlet: attrs.outlet ?? null, headline: attrs.headline ?? null, published: attrs.published ?? null, url: null });
    const source = [attrs.speaker, line].filter(Boolean).join(', ');
    const footnote = this.note.footnotes.of(node);
    const paragraphs = this.blocks(node.content ?? [], { ...context, quote: true, list: null }) as Paragraph[];
    const caption: ParagraphChild[] = [new TextRun(`— ${source || 'Source'}`)];
    if (attrs.url && isSafeLinkHref(attrs.url)) caption.push(new TextRun(' '), link('link', attrs.url));
    if (footnote) caption.push(this.footnoteReference(footnote));
    return [...paragraphs, new Paragraph({ style: 'QuoteSource', children: caption })];
  }

  /** A Word footnote with the citation's text; each reference gets its own note. */
  private footnoteReference(footnote: NoteFootnote): FootnoteReferenceRun {
    const id = this.nextNote++;
    this.notes[String(id)] = { children: [new Paragraph({ children: runsDocx(this.note.footnoteText.get(footnote.id) ?? []) })] };
    return new FootnoteReferenceRun(id);
  }

  private inline(nodes: DocNode[]): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const node of nodes) {
      if (node.type === 'hardBreak') out.push(new TextRun({ text: '', break: 1 }));
      else if (node.type === 'citation') {
        const footnote = this.note.footnotes.of(node);
        if (footnote) out.push(this.footnoteReference(footnote));
        else out.push(new TextRun(String(node.attrs?.label ?? '')));
      } else if (node.type === 'text' && node.text) {
        const marks = node.marks ?? [];
        const run = new TextRun({ text: node.text, ...runFormat(marks) });
        const href = marks.find((mark) => mark.type === 'link')?.attrs?.href;
        out.push(typeof href === 'string' && isSafeLinkHref(href) ? new ExternalHyperlink({ link: href, children: [new TextRun({ text: node.text, ...runFormat(marks), style: 'Hyperlink' })] }) : run);
      }
    }
    return out;
  }
}
