import type { SearchResult } from '../../../shared/domain/clipping';
import type { CliContext } from '../cli-context';
import { UsageError } from '../usage-error';

export interface SearchOptions {
  words: string[];
  limit?: string;
  json: boolean;
}

/**
 * Searches the library (the same syntax as the search box) and prints the best hits:
 * with --json, one object `{total, items: [{id, title, snippet, …}], searched}`.
 */
export async function searchCommand(context: CliContext, options: SearchOptions): Promise<void> {
  const query = options.words.join(' ');
  if (!query.trim()) throw new UsageError('search needs a QUERY.');
  const limit = options.limit === undefined ? 20 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('--limit takes a number from 1 to 500.');
  const result: SearchResult = await context.call('clippings.search', { query, limit });
  if (options.json) return context.stdout(JSON.stringify(result));
  context.stdout(`${result.total.toLocaleString('en')} found for ${result.searched.query || query}`);
  for (const note of result.searched.notes) context.stdout(`  note: ${note}`);
  for (const item of result.items) {
    context.stdout(`${String(item.id).padStart(6)}  ${item.title}${item.outletName ? `  (${item.outletName})` : ''}`);
    context.stdout(`        ${item.snippet.replace(/\s+/g, ' ')}`);
  }
}
