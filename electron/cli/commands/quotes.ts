import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { detectQuotes } from '../../../shared/quotes/detect-quotes';
import { runInProcess } from '../../core/ingest/capture-runner';
import type { CliContext } from '../cli-context';
import { UsageError } from '../usage-error';

/**
 * `dossier quotes FILE|ID --json`: the quotations detected in a clipping's canonical
 * text, or in a file's (read as `dossier add` would read it), as `[{start, end, text, speaker}]`.
 */
export async function quotesCommand(context: CliContext, options: { target: string | undefined; json: boolean }): Promise<void> {
  if (!options.target) throw new UsageError('quotes needs a FILE or a clipping ID.');
  const text = await canonicalTextOf(context, options.target);
  const quotes = detectQuotes(text).map(({ start, end, text: quoted, speaker }) => ({ start, end, text: quoted, speaker }));
  if (options.json) return context.stdout(JSON.stringify(quotes));
  if (quotes.length === 0) return context.stdout('No quotations found.');
  for (const quote of quotes) context.stdout(`${quote.speaker ?? '(no speaker)'}: ${quote.text.replace(/\s+/g, ' ')}`);
}

async function canonicalTextOf(context: CliContext, target: string): Promise<string> {
  if (/^\d+$/.test(target) && !existsSync(target)) return (await context.call('clippings.get', { id: Number(target) })).text;
  const bytes = await readFile(target).catch(() => {
    throw new ApiError('not_found', `There is no file at ${target} (and it is not a clipping ID).`);
  });
  return (await runInProcess('prepareFromFile', { fileName: basename(target), bytes })).text;
}
