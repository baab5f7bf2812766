import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type ParagraphChild,
} from 'docx';
import type { DocMark, DocNode } from '../../../shared/document/document-types';
import { isSafeLinkHref } from '../../../shared/document/safe-url';
import { sourceLine } from '../../../shared/notes/citation-label';
import type { NoteFootnote } from '../../../shared/notes/note-footnotes';
import type { Run } from './citations/formatted-text';
import { leadingTitle, type PreparedNote } from './prepared-note';

/**
 * A note as a Word document (Office Open XML, through the `docx` package): headings in
 * Word's Heading 1–6 styles, bold/italic/underline/strike runs, hyperlinks, bullet and
 * numbered lists on real numbering definitions (each numbered list restarts at its own
 * start), task items as ☐/☒, tables with a header row, block quotes and cited quotes in
 * the "Quote" paragraph style (indented), code in a monospace font, and every citation
 * a Word footnote (Word gives each reference its own note, so a source cited twice has
 * two footnotes with the same text). A bibliography, when asked for, ends the document.
 */
export async function noteDocx(note: PreparedNote): Promise<Buffer> {
  const writer = new DocxWriter(note);
  const title = leadingTitle(note);
  const children: Array<Paragraph | Table> = [];
  if (title) children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }));
  children.push(...writer.blocks(note.doc.content ?? [], { level: 0, quote: false }));
  if (note.bibliography && note.bibliography.entries.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(note.bibliography.heading)] }));
    for (const entry of note.bibliography.entries) {
      children.push(new Paragraph({ style: 'Bibliography', children: runsDocx(entry) }));
    }
  }
  const document = new Document({
    creator: 'Dossier',
    title: note.title,
    description: `Dossier note ${note.id}, exported ${note.exportedAt.toISOString()}`,
    styles: {
      default: { document: { run: { font: 'Georgia', size: 22 } } },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: '404040' },
          paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 120 } },
        },
        {
          id: 'QuoteSource',
          name: 'Quote Source',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 18, color: '666666' },
          paragraph: { indent: { left: 720, right: 720 }, spacing: { after: 200 } },
        },
        { id: 'Code', name: 'Code', basedOn: 'Normal', run: { font: 'Courier New', size: 19 }, paragraph: { spacing: { before: 0, after: 0 } } },
        { id: 'Bibliography', name: 'Bibliography', basedOn: 'Normal', paragraph: { indent: { left: 720, hanging: 720 }, spacing: { after: 120 } } },
      ],
    },
    numbering: { config: writer.numberingConfig() },
    footnotes: writer.footnotes(),
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

interface Context {
  /** List nesting depth (0 outside lists). */
  level: number;
  /** Inside a block quote: paragraphs take the Quote style. */
  quote: boolean;
  list?: { reference: string; instance: number } | null;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

class DocxWriter {
  private readonly notes: Record<string, { children: Paragraph[] }> = {};
  private nextNote = 1;
  private readonly ordered: Array<{ reference: string; start: number }> = [];
  private nextInstance = 1;

  constructor(private readonly note: PreparedNote) {}

  blocks(nodes: DocNode[], context: Context): Array<Paragraph | Table> {
    return nodes.flatMap((node) => this.block(node, context));
  }

  numberingConfig() {
    const levels = (format: 'bullet' | 'decimal', start = 1): ILevelsOptions[] =>
      Array.from({ length: 9 }, (_, level) => ({
        level,
        format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
        text: format === 'bullet' ? ['•', '◦', '▪'][level % 3]! : `%${level + 1}.`,
        start: level === 0 ? start : 1,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      }));
    return [
      { reference: 'bullets', levels: levels('bullet') },
      ...this.ordered.map(({ reference, start }) => ({ reference, levels: levels('decimal', start) })),
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
        return [this.table(node)];
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

  private table(node: DocNode): Table {
    const rows = (node.content ?? []).map(
      (row, r) =>
        new TableRow({
          // Only a header row repeats on each page (an explicit false would still be written as a header).
          ...(r === 0 && (row.content ?? []).every((cell) => cell.type === 'tableHeader') ? { tableHeader: true } : {}),
          children: (row.content ?? []).map((cell) => {
            const span = (name: string) => {
              const value = Number(cell.attrs?.[name]);
              return Number.isInteger(value) && value > 1 ? value : undefined;
            };
            const content = this.blocks(cell.content ?? [], { level: 0, quote: false });
            return new TableCell({
              columnSpan: span('colspan'),
              rowSpan: span('rowspan'),
              shading: cell.type === 'tableHeader' ? { fill: 'F2F0EB' } : undefined,
              children: content.length > 0 ? content : [new Paragraph('')],
            });
          }),
        }),
    );
    return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
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

function runFormat(marks: DocMark[]) {
  const has = (type: string) => marks.some((mark) => mark.type === type);
  return {
    ...(has('bold') ? { bold: true } : {}),
    ...(has('italic') ? { italics: true } : {}),
    ...(has('underline') ? { underline: {} } : {}),
    ...(has('strike') ? { strike: true } : {}),
    ...(has('code') ? { font: 'Courier New' } : {}),
  };
}

function link(text: string, href: string): ExternalHyperlink {
  return new ExternalHyperlink({ link: href, children: [new TextRun({ text, style: 'Hyperlink' })] });
}

/** Citation text as runs: the outlet in italics, the address a hyperlink. */
export function runsDocx(runs: Run[]): ParagraphChild[] {
  return runs.map((run) =>
    run.href && isSafeLinkHref(run.href) ? link(run.text, run.href) : new TextRun({ text: run.text, ...(run.italic ? { italics: true } : {}) }),
  );
}

function textOf(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(textOf).join('');
}
