import type { Comparison, ComparisonExport } from '../../../shared/domain/comparison';
import { exportFileName, type ExportOptions } from './export-common';
import { comparisonHtml } from './export-html';
import { comparisonMarkdown } from './export-markdown';

/** `compare.export`: the comparison as a Markdown or HTML file, with a file name to save it under. */
export function exportComparison(comparison: Comparison, format: 'md' | 'html', options: ExportOptions = {}): ComparisonExport {
  const now = options.now ?? new Date();
  return format === 'md'
    ? { fileName: exportFileName(comparison, 'md', now), mediaType: 'text/markdown; charset=utf-8', content: comparisonMarkdown(comparison, { now }) }
    : { fileName: exportFileName(comparison, 'html', now), mediaType: 'text/html; charset=utf-8', content: comparisonHtml(comparison, { now }) };
}
