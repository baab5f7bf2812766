import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorCommand } from '../../../electron/cli/commands/anchor';
import { UsageError } from '../../../electron/cli/usage-error';
import { ApiError } from '../../../shared/api/errors';
import { describeRange } from '../../../shared/annotations/text-anchor';
import { makeTempDir } from '../../helpers/temp-dir';

const OLD = 'The league met in Pyongyang on Monday. Delegates praised the "harvest heroes". The league met again on Friday.';
const NEW = `A new first paragraph was added above.\n\n${OLD.replace('praised the "harvest heroes"', 'praised  the “harvest heroes”')}`;

let temp: ReturnType<typeof makeTempDir>;
let file: string;

beforeAll(() => {
  temp = makeTempDir();
  file = join(temp.dir, 'article.txt');
  writeFileSync(file, NEW, 'utf8');
});
afterAll(() => temp.cleanup());

async function run(options: Parameters<typeof anchorCommand>[0]): Promise<unknown[]> {
  const lines: string[] = [];
  await anchorCommand(options, (line) => lines.push(line));
  return lines.map((line) => JSON.parse(line));
}

describe('dossier anchor', () => {
  it('prints where the quote is now, in the file’s own characters', async () => {
    const at = OLD.indexOf('praised the "harvest heroes"');
    const { quote } = describeRange(OLD, at, at + 'praised the "harvest heroes"'.length);
    const lines = await run({ textFile: file, quote: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: String(at) });
    const start = NEW.indexOf('praised');
    expect(lines).toEqual([{ start, end: start + 'praised  the “harvest heroes”'.length, exact: 'praised  the “harvest heroes”' }]);
  });

  it('tells repeated quotes apart by a prefix given by hand, or by the old start', async () => {
    const friday = NEW.indexOf('met again');
    expect(await run({ textFile: file, quote: 'met', prefix: 'The league ', suffix: ' again on Friday' })).toEqual([{ start: friday, end: friday + 3, exact: 'met' }]);
    // Without context, the occurrence clearly nearest the old start; without that either, neither.
    const monday = NEW.indexOf('met in');
    expect(await run({ textFile: file, quote: 'met', start: String(monday - 4) })).toEqual([{ start: monday, end: monday + 3, exact: 'met' }]);
    expect(await run({ textFile: file, quote: 'The league met' })).toEqual([{ orphan: true }]);
  });

  it('prints an orphan when the quote is gone', async () => {
    expect(await run({ textFile: file, quote: 'gathered in Seoul', start: '11' })).toEqual([{ orphan: true }]);
  });

  it('refuses a missing --text or --quote, or a bad --start', async () => {
    await expect(run({ textFile: undefined, quote: 'x' })).rejects.toBeInstanceOf(UsageError);
    await expect(run({ textFile: file, quote: undefined })).rejects.toBeInstanceOf(UsageError);
    await expect(run({ textFile: file, quote: '' })).rejects.toBeInstanceOf(UsageError);
    for (const start of ['-1', '1.5', 'ten', '']) await expect(run({ textFile: file, quote: 'x', start })).rejects.toThrow(/--start/);
  });

  it('says so when the file is not there', async () => {
    const missing = run({ textFile: join(temp.dir, 'missing.txt'), quote: 'x' });
    await expect(missing).rejects.toBeInstanceOf(ApiError);
    await expect(missing).rejects.toMatchObject({ code: 'not_found' });
  });
});
