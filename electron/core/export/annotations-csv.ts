import { HIGHLIGHT_COLOR_NAMES } from '../../../shared/domain/annotation';
import type { AnnotationExportSource } from './annotation-groups';

export const ANNOTATION_CSV_COLUMNS = [
  'clipping_id',
  'clipping_title',
  'outlet',
  'published',
  'url',
  'annotation_id',
  'kind',
  'color',
  'speaker',
  'quote',
  'comment',
  'tags',
  'created',
] as const;

/**
 * Annotations as CSV (RFC 4180): a header row, one row per annotation, CRLF line ends,
 * fields quoted when they hold a comma, a quote mark or a line break. UTF-8 with a BOM,
 * so Excel reads the accents and Hangul right. A cell that a spreadsheet would run as a
 * formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an
 * apostrophe. Kind is quote, claim, fact, note, highlight or page note; tags are joined with "; ".
 */
export function annotationsCsv(source: AnnotationExportSource): string {
  const rows: string[][] = [[...ANNOTATION_CSV_COLUMNS]];
  for (const { clipping, annotations } of source.groups) {
    const outlet = clipping.outletName ?? clipping.meta.outlet ?? clipping.meta.siteDomain ?? '';
    const url = clipping.meta.canonicalUrl ?? clipping.sourceUrl ?? '';
    for (const annotation of annotations) {
      rows.push([
        String(clipping.id),
        clipping.title,
        outlet,
        clipping.meta.published ?? '',
        url,
        String(annotation.id),
        annotation.target === null ? 'page note' : (annotation.kind ?? 'highlight'),
        HIGHLIGHT_COLOR_NAMES[annotation.color].toLowerCase(),
        annotation.speaker ?? '',
        annotation.target?.exact ?? '',
        annotation.comment,
        annotation.tags.map((tag) => tag.path).join('; '),
        annotation.createdAt,
      ]);
    }
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** One field: guarded against formulas, then quoted when it must be (quote marks doubled). */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
