import { Document, HeadingLevel, Packer, Paragraph, Table, TextRun } from 'docx';
import { runsDocx } from './docx-runs';
import { PARAGRAPH_STYLES } from './docx-styles';
import { DocxWriter } from './docx-writer';
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
      paragraphStyles: PARAGRAPH_STYLES,
    },
    numbering: { config: writer.numberingConfig() },
    footnotes: writer.footnotes(),
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
