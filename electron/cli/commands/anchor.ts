import { readFile } from 'node:fs/promises';
import { reanchor } from '../../../shared/annotations/reanchor';
import { ApiError } from '../../../shared/api/errors';
import { UsageError } from '../usage-error';

export interface AnchorOptions {
  textFile: string | undefined;
  quote: string | undefined;
  prefix?: string;
  suffix?: string;
  start?: string;
}

/**
 * `dossier anchor --text FILE --quote Q [--prefix P] [--suffix S] [--start N]`: runs the
 * re-anchoring on a plain text file and prints `{start, end, exact}` or `{orphan: true}`.
 */
export async function anchorCommand(options: AnchorOptions, stdout: (line: string) => void): Promise<void> {
  if (!options.textFile) throw new UsageError('anchor needs --text FILE (a UTF-8 text file).');
  if (!options.quote) throw new UsageError('anchor needs --quote TEXT.');
  let start: number | undefined;
  if (options.start !== undefined) {
    start = Number(options.start);
    if (!Number.isInteger(start) || start < 0) throw new UsageError('--start takes a character offset (a whole number from 0).');
  }
  const text = await readFile(options.textFile, 'utf8').catch(() => {
    throw new ApiError('not_found', `There is no file at ${options.textFile}.`);
  });
  const found = reanchor(text, {
    exact: options.quote,
    prefix: options.prefix,
    suffix: options.suffix,
    ...(start === undefined ? {} : { start, end: start + options.quote.length }),
  });
  stdout(JSON.stringify('orphan' in found ? { orphan: true } : { start: found.start, end: found.end, exact: found.exact }));
}
