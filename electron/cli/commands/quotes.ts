import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { MAX_CLIPPING_BYTES } from '../../../shared/domain/limits';
import { detectQuotes } from '../../../shared/quotes/detect-quotes';
import { fileSource } from '../../core/capture/capture-source';
import { decodeText } from '../../core/capture/decode-text';
import { formatFromFileName } from '../../core/capture/format-from-file-name';
import { gunzipInput } from '../../core/capture/gzip-input';
import { runInProcess } from '../../core/ingest/capture-runner';
import type { CliContext } from '../cli-context';
import { UsageError } from '../usage-error';

/**
 * `dossier quotes FILE|ID --json`: the quotations detected, as `[{start, end, text, speaker}]`,
 * in a clipping's canonical text; in a plain text file's own text (every line of it,
 * offsets as `dossier anchor --text` counts them); in the article of a page or a
 * Markdown file (its canonical text, as `dossier add` would store it).
 */
export async function quotesCommand(context: CliContext, options: { target: string | undefined; json: boolean }): Promise<void> {
  if (!options.target) throw new UsageError('quotes needs a FILE or a clipping ID.');
  const text = await textOf(context, options.target);
  const quotes = detectIn(text);
  if (options.json) return context.stdout(JSON.stringify(quotes));
  if (quotes.length === 0) return context.stdout('No quotations found.');
  for (const quote of quotes) context.stdout(`${quote.speaker ?? '(no speaker)'}: ${quote.text.replace(/\s+/g, ' ')}`);
}

async function textOf(context: CliContext, target: string): Promise<string> {
  if (/^\d+$/.test(target) && !existsSync(target)) return (await context.call('clippings.get', { id: Number(target) })).text;
  const bytes = await readFile(target).catch(() => {
    throw new ApiError('not_found', `There is no file at ${target} (and it is not a clipping ID).`);
  });
  return plainTextOf(basename(target), bytes) ?? (await runInProcess('prepareFromFile', { fileName: basename(target), bytes })).text;
}

/**
 * A .txt file (gzipped or not) as it is: `dossier add` would take its first line for the
 * title, and a quotation there would be lost. Null for anything else (and for a file
 * that cannot be read as text, so that `prepareFromFile` explains why).
 */
function plainTextOf(fileName: string, bytes: Uint8Array): string | null {
  try {
    const unpacked = gunzipInput(fileName, bytes, MAX_CLIPPING_BYTES);
    if (formatFromFileName(unpacked.fileName) !== 'text') return null;
    return decodeText(unpacked.bytes, 'text', fileSource(fileName)).text;
  } catch {
    return null;
  }
}

/** Quotations in `text`, read with Windows and old Mac line breaks as blank lines still (the offsets stay the text's own). */
function detectIn(text: string): Array<{ start: number; end: number; text: string; speaker: string | null }> {
  const lines = text.replace(/\r\n?/g, (breakChars) => (breakChars.length === 2 ? ' \n' : '\n'));
  return detectQuotes(lines).map(({ start, end, speaker }) => ({ start, end, text: text.slice(start, end), speaker }));
}
