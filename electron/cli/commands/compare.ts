import { toCompareJson } from '../../../shared/compare/compare-texts';
import type { CliContext } from '../cli-context';
import { UsageError } from '../usage-error';
import { parseId } from './parse-id';

/**
 * `dossier compare ID ID [ID ...] --json`: the alignment of 2–4 clippings' texts —
 * `{sources, rows: [{cells: [{id, blockStart, blockEnd, text} | null], similarity}], quotes}`.
 */
export async function compareCommand(context: CliContext, options: { ids: string[]; json: boolean }): Promise<void> {
  if (options.ids.length < 2 || options.ids.length > 4) throw new UsageError('compare takes 2 to 4 clipping IDs.');
  const ids = options.ids.map((id) => parseId(id, 'compare'));
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
