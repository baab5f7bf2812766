import { Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { DocNode } from '../../../shared/document/document-types';

/** A note's table as a Word table across the page: a first row of header cells repeats on each page, spans kept, header cells shaded. */
export function docxTable(node: DocNode, cellBlocks: (content: DocNode[]) => Array<Paragraph | Table>): Table {
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
          const content = cellBlocks(cell.content ?? []);
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
