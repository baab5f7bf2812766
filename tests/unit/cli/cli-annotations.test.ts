import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/temp-dir';

const BIN = resolve(import.meta.dirname, '../../../bin/dossier.mjs');
const FIXTURE = resolve(import.meta.dirname, '../../fixtures/capture/joongang-red-necktie-2025-03-31.txt');
let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;

function dossier(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args, '--data-dir', dataDir], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  temp = makeTempDir();
  dataDir = join(temp.dir, 'library');
});
afterAll(() => temp.cleanup());

describe('dossier annotate, annotations, quotes, anchor', () => {
  it('annotates a quote found in a clipping and lists it, alone and library-wide', () => {
    const added = dossier(['add', FIXTURE]);
    expect(added.code, added.stderr).toBe(0);
    const { id } = JSON.parse(added.stdout) as { id: number };

    const annotated = dossier(['annotate', String(id), '--quote', 'youth revolutionaries and patriots', '--comment', 'KCNA wording', '--tag', 'DPRK/youth', '--color', '3', '--kind', 'quote', '--speaker', 'KCNA', '--json']);
    expect(annotated.code, annotated.stderr).toBe(0);
    const annotation = JSON.parse(annotated.stdout);
    expect(annotation).toMatchObject({ clippingId: id, color: 3, kind: 'quote', speaker: 'KCNA', comment: 'KCNA wording', orphaned: false });
    expect(annotation.target.exact).toBe('youth revolutionaries and patriots');
    expect(annotation.tags.map((tag: { path: string }) => tag.path)).toEqual(['DPRK/youth']);

    const text = JSON.parse(dossier(['show', String(id), '--json']).stdout).text as string;
    expect(text.slice(annotation.target.start, annotation.target.end)).toBe('youth revolutionaries and patriots');

    const listed = JSON.parse(dossier(['annotations', String(id), '--json']).stdout);
    expect(listed.map((a: { id: number }) => a.id)).toEqual([annotation.id]);
    const everywhere = JSON.parse(dossier(['annotations', '--json']).stdout);
    expect(everywhere.map((a: { id: number }) => a.id)).toEqual([annotation.id]);
    expect(dossier(['annotations', String(id)]).stdout).toContain('“youth revolutionaries and patriots” (quote; speaker: KCNA; tags: DPRK/youth) — KCNA wording');
  });

  it('refuses a quote that is not in the clipping, and bad options, with clear messages', () => {
    const { id } = JSON.parse(dossier(['add', FIXTURE, '--new-version']).stdout) as { id: number };
    const missing = dossier(['annotate', String(id), '--quote', 'not in this article at all']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/quote was not found in clipping/);
    expect(dossier(['annotate', String(id), '--quote', 'KCNA', '--color', '9']).code).toBe(2);
    expect(dossier(['annotate', String(id), '--quote', 'KCNA', '--kind', 'rumour']).stderr).toMatch(/--kind is one of quote, claim, fact, note/);
    expect(dossier(['annotate', String(id)]).stderr).toMatch(/annotate needs --quote/);
  });

  it('prints the quotations detected in a clipping as [{start, end, text, speaker}] on its canonical text', () => {
    const file = join(temp.dir, 'story.txt');
    writeFileSync(file, 'The minister spoke on Friday.\n\n“We will be ready,” the minister said.\n\nOthers were unsure.');
    const { id } = JSON.parse(dossier(['add', file]).stdout) as { id: number };
    const canonical = JSON.parse(dossier(['show', String(id), '--json']).stdout).text as string;
    const result = dossier(['quotes', String(id), '--json']);
    expect(result.code, result.stderr).toBe(0);
    const quotes = JSON.parse(result.stdout) as Array<{ start: number; end: number; text: string; speaker: string | null }>;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('“We will be ready,”');
    expect(quotes[0]!.speaker).toMatch(/minister/);
    expect(canonical.slice(quotes[0]!.start, quotes[0]!.end)).toBe(quotes[0]!.text);
    expect(Object.keys(quotes[0]!).sort()).toEqual(['end', 'speaker', 'start', 'text']);
  });

  it('reads a plain text file as it is: every line (the first too), offsets in the file’s own text, CRLF line breaks', () => {
    const story = '“We will be ready,” the minister said on Friday.\n\nOthers were unsure. "It is too early," said Kim Jong-su, a farmer.\n\nHe added: "The rain has not come."';
    for (const [name, text] of [
      ['plain.txt', story],
      ['windows.txt', story.replaceAll('\n', '\r\n')],
    ] as const) {
      const file = join(temp.dir, name);
      writeFileSync(file, text);
      const result = dossier(['quotes', file, '--json']);
      expect(result.code, result.stderr).toBe(0);
      const quotes = JSON.parse(result.stdout) as Array<{ start: number; end: number; text: string; speaker: string | null }>;
      expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
        ['“We will be ready,”', 'the minister'],
        ['"It is too early,"', 'Kim Jong-su'],
        ['"The rain has not come."', 'Kim Jong-su'],
      ]);
      for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
      // The offsets are the ones `dossier anchor --text` finds in the same file.
      const anchored = JSON.parse(dossier(['anchor', '--text', file, '--quote', quotes[1]!.text]).stdout);
      expect(anchored).toEqual({ start: quotes[1]!.start, end: quotes[1]!.end, exact: quotes[1]!.text });
    }
    expect(dossier(['quotes', join(temp.dir, 'plain.txt')]).stdout).toContain('Kim Jong-su: "It is too early,"');
  });

  it('reads a page file as its article, and says so when there is no such file', () => {
    const result = dossier(['quotes', resolve(import.meta.dirname, '../../fixtures/e2e/harbour-article.html'), '--json']);
    expect(result.code, result.stderr).toBe(0);
    const quotes = JSON.parse(result.stdout) as Array<{ text: string; speaker: string | null }>;
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.find((quote) => quote.text.includes('We did not expect so many'))?.speaker).toBe('the harbour master');
    const missing = dossier(['quotes', join(temp.dir, 'nowhere.txt')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/There is no file at .*nowhere\.txt/);
  });

  it('re-anchors a quote in a plain text file: where it moved, or an orphan', () => {
    const file = join(temp.dir, 'anchor.txt');
    writeFileSync(file, 'A new first line.\n\nThe league met in Pyongyang on Monday.');
    const moved = dossier(['anchor', '--text', file, '--quote', 'met in Pyongyang', '--prefix', 'The league ', '--start', '11']);
    expect(moved.code, moved.stderr).toBe(0);
    expect(JSON.parse(moved.stdout)).toEqual({ start: 30, end: 46, exact: 'met in Pyongyang' });
    expect(JSON.parse(dossier(['anchor', '--text', file, '--quote', 'gathered in Seoul', '--start', '11']).stdout)).toEqual({ orphan: true });
    expect(dossier(['anchor', '--quote', 'x']).code).toBe(2);
  });

  it('compares clippings: aligned passages and the quotes they share, as JSON', () => {
    const wire = join(temp.dir, 'wire.txt');
    const rewrite = join(temp.dir, 'rewrite.txt');
    writeFileSync(wire, 'Wire copy\n\nThe league met in Pyongyang on Monday to discuss the summer brigades.\n\n“We will be ready,” the chairman said.\n\nThe brigades leave in June.');
    writeFileSync(rewrite, 'Rewrite\n\nThe brigades leave in June, officials said.\n\nThe league met in Pyongyang on Monday to discuss the summer brigades.\n\nA parents group objected.');
    const a = JSON.parse(dossier(['add', wire]).stdout).id as number;
    const b = JSON.parse(dossier(['add', rewrite]).stdout).id as number;
    const result = dossier(['compare', String(a), String(b), '--json']);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as {
      sources: Array<{ id: number }>;
      rows: Array<{ cells: Array<{ id: number; blockStart: number; blockEnd: number; text: string } | null>; similarity: number }>;
      quotes: Array<{ text: string; speaker: string | null; occurrences: Array<{ id: number; start: number; end: number }> }>;
    };
    expect(json.sources.map((source) => source.id)).toEqual([a, b]);
    const both = json.rows.filter((row) => row.cells.every(Boolean));
    expect(both.map((row) => row.cells[0]!.text)).toEqual(expect.arrayContaining(['The league met in Pyongyang on Monday to discuss the summer brigades.']));
    expect(json.rows.some((row) => row.cells[0] === null && row.cells[1]?.text === 'A parents group objected.')).toBe(true);
    expect(json.quotes.map((quote) => quote.occurrences.map((o) => o.id))).toEqual([[a]]);
    expect(dossier(['compare', String(a)]).code).toBe(2);

    // The two are about the same story: related coverage lists each for the other.
    const related = dossier(['related', String(a), '--json']);
    expect(related.code, related.stderr).toBe(0);
    const listed = JSON.parse(related.stdout) as Array<{ id: number; score: number; label: string }>;
    expect(listed[0]).toMatchObject({ id: b, label: expect.stringMatching(/^(same story|near-copy|related)$/) });
    expect(Object.keys(listed[0]!).sort()).toEqual(['id', 'label', 'score']);
    expect(dossier(['related', String(a), '--limit', '0']).code).toBe(2);
  });
});
