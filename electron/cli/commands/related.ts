import type { RelatedClipping } from '../../../shared/domain/related';
import type { CliContext } from '../cli-context';
import { UsageError } from '../usage-error';
import { parseId } from './parse-id';

export interface RelatedOptions {
  id: string | undefined;
  limit?: string;
  json: boolean;
}

/**
 * Other clippings about the same story as clipping ID, best first: with --json, an
 * array `[{id, score, label}]` (label: same story, near-copy or related).
 */
export async function relatedCommand(context: CliContext, options: RelatedOptions): Promise<void> {
  const id = parseId(options.id, 'related');
  const limit = options.limit === undefined ? 10 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError('--limit takes a number from 1 to 100.');
  const related: RelatedClipping[] = await context.call('clippings.related', { id, limit });
  if (options.json) return context.stdout(JSON.stringify(related.map(({ id: relatedId, score, label }) => ({ id: relatedId, score, label }))));
  if (related.length === 0) return context.stdout(`No related coverage for clipping ${id}.`);
  for (const item of related) {
    context.stdout(
      `${String(item.id).padStart(6)}  ${item.score.toFixed(3)}  ${item.label.padEnd(10)}  ${item.title}${item.outletName ? `  (${item.outletName})` : ''}`,
    );
  }
}
