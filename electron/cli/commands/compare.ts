import { toCompareJson } from '../../../shared/compare/compare-texts';
import type { CliContext } from '../cli-context';
import { UsageError } from '../usage-error';
import { writeFileAtomic } from '../write-file-atomic';
import { parseId } from './parse-id';

export interface CompareOptions {
  ids: string[];
  json: boolean;
  /** md or html: the comparison as a file (stdout, or --out). */
  format?: string;
  out?: string;
}

/**
 * `dossier compare ID ID [ID ...]`: the alignment of 2–4 clippings' texts. `--json`
 * prints `{sources, rows: [{cells: [{id, blockStart, blockEnd, text} | null], similarity}], quotes}`;
 * `--format md|html` the export (to stdout, or written atomically to `--out FILE`).
 */
export async function compareCommand(context: CliContext, options: CompareOptions): Promise<void> {
  if (options.ids.length < 2 || options.ids.length > 4) throw new UsageError('compare takes 2 to 4 clipping IDs.');
  const ids = options.ids.map((id) => parseId(id, 'compare'));
  const format = exportFormat(options);
  if (format) {
    if (options.json) throw new UsageError('compare prints either --json or an export (--format md|html), not both.');
    const { content } = await context.call('compare.export', { ids, format });
    if (options.out === undefined) return context.stdout(content.replace(/\n$/, ''));
    return writeFileAtomic(options.out, content);
  }
  const { sources, result, notices } = await context.call('compare.run', { ids });
  if (options.json) return context.stdout(JSON.stringify(toCompareJson(result)));
  for (const source of result.summary.sources) {
    const clipping = sources.find((c) => c.id === source.id)!;
    context.stdout(`${String(source.id).padStart(6)}  ${clipping.title}${clipping.outletName ? ` (${clipping.outletName})` : ''}: ${Math.round(source.sharedShare * 100)} % shared, ${source.exclusiveQuotes} quotes only here`);
  }
  const aligned = result.rows.filter((row) => row.cells.filter(Boolean).length > 1).length;
  context.stdout(`${aligned} of ${result.rows.length} rows aligned; ${result.summary.sharedQuotes} shared quotes, ${result.summary.exclusiveQuotes} in one source only.`);
  for (const notice of notices) context.stdout(notice);
}

/** --format, or what --out's extension says; null for the plain summary (or --json). */
function exportFormat({ format, out }: CompareOptions): 'md' | 'html' | null {
  if (out === '') throw new UsageError('--out needs a file name.');
  if (format !== undefined) {
    const value = format.toLowerCase();
    if (value === 'md' || value === 'markdown') return 'md';
    if (value === 'html') return 'html';
    throw new UsageError(`compare --format must be md or html, not "${format}".`);
  }
  if (out === undefined) return null;
  if (/\.(md|markdown)$/i.test(out)) return 'md';
  if (/\.html?$/i.test(out)) return 'html';
  throw new UsageError('compare --out needs --format md|html (or a file name ending in .md or .html).');
}
