import { readFile } from 'node:fs/promises';
import { ApiError } from '../../../shared/api/errors';
import { reanchor } from '../../../shared/annotations/reanchor';
import { UsageError } from '../usage-error';

export interface AnchorOptions {
  textFile: string | undefined;
  quote: string | undefined;
  prefix?: string;
  suffix?: string;
  start?: string;
}

/**
 * `dossier anchor --text FILE --quote Q [--prefix P] [--suffix S] [--start N]`: finds
 * the quote in a UTF-8 text file the way an annotation is re-anchored when its
 * clipping's text changes, and prints one JSON line, `{"start":…,"end":…,"exact":"…"}`
 * (offsets in UTF-16 code units, as JavaScript counts; a leading BOM is not counted)
 * or `{"orphan":true}`. --start is where the quote used to start (its end is taken as
 * N + the quote's length). --prefix and --suffix are the text just before and after
 * the quote, as annotations store them: up to 32 characters, and a shorter one means
 * the text began (ended) there.
 */
export async function anchorCommand(options: AnchorOptions, stdout: (line: string) => void): Promise<void> {
  const { textFile, quote, prefix, suffix } = options;
  if (!textFile) throw new UsageError('anchor needs --text FILE.');
  if (quote === undefined || quote === '') throw new UsageError('anchor needs --quote with the text to find.');
  let start: number | undefined;
  if (options.start !== undefined) {
    if (!/^\d{1,15}$/.test(options.start)) throw new UsageError(`--start must be a character offset (0 or more), not "${options.start}".`);
    start = Number(options.start);
  }
  const bytes = await readFile(textFile).catch(() => {
    throw new ApiError('not_found', `There is no file at ${textFile}.`);
  });
  const text = new TextDecoder('utf-8').decode(bytes);
  const result = reanchor(text, { exact: quote, prefix, suffix, start, end: start === undefined ? undefined : start + quote.length });
  stdout(JSON.stringify('orphan' in result ? { orphan: true } : { start: result.start, end: result.end, exact: result.exact }));
}
