import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCandidate, loadExtractArticle, readabilityLinkedom, safeExtract, splitByline } from '../../../bench/extract/candidates';
import { spread } from '../../../bench/extract/datasets';
import { parseOptions } from '../../../bench/extract/options';
import { summaryRows } from '../../../bench/extract/summary';
import { fileTimestamp, writeResults } from '../../../bench/lib/results';
import { formatTable } from '../../../bench/lib/table';

describe('options', () => {
  it('runs every part with extractArticle by default', () => {
    expect(parseOptions([])).toMatchObject({ parts: ['body', 'metadata', 'speed'], limit: null, candidate: 'extract-article', passes: 3, pin: true, write: true });
  });

  it('reads --only, --limit, --candidate, --passes in both spellings', () => {
    expect(parseOptions(['--only', 'speed', '--only=body', '--limit', '5', '--candidate=readability-linkedom', '--passes', '1', '--no-pin', '--no-write'])).toMatchObject({
      parts: ['body', 'speed'],
      limit: 5,
      candidate: 'readability-linkedom',
      passes: 1,
      pin: false,
      write: false,
    });
    expect(parseOptions(['--only', 'metadata,body']).parts).toEqual(['body', 'metadata']);
  });

  it('refuses what it does not know', () => {
    expect(() => parseOptions(['--only', 'title'])).toThrow(/--only/);
    expect(() => parseOptions(['--limit', '0'])).toThrow(/--limit/);
    expect(() => parseOptions(['--candidate', 'goose'])).toThrow(/--candidate/);
    expect(() => parseOptions(['--fast'])).toThrow(/unknown option/);
  });
});

describe('datasets', () => {
  it('spreads a limit evenly over the list', () => {
    expect(spread([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3)).toEqual([0, 3, 6]);
    expect(spread([1, 2], 5)).toEqual([1, 2]);
    expect(spread([1, 2], null)).toEqual([1, 2]);
  });
});

describe('candidates', () => {
  it('splits a Readability byline into names', () => {
    expect(splitByline('By Jane Doe, John Roe and Kim Lee')).toEqual(['Jane Doe', 'John Roe', 'Kim Lee']);
    expect(splitByline('Ann & Bo; Cy')).toEqual(['Ann', 'Bo', 'Cy']);
    expect(splitByline('Alexandra Anderson')).toEqual(['Alexandra Anderson']);
    expect(splitByline(null)).toEqual([]);
  });

  it('runs Readability on linkedom', async () => {
    const html = `<html><head><title>Page</title><meta name="author" content="Jane Doe"></head><body><article><h1>Headline</h1>${'<p>Some long enough sentence of the article body, with commas, and words.</p>'.repeat(8)}</article></body></html>`;
    const { output, error } = await safeExtract(readabilityLinkedom, html, 'https://example.com/a');
    expect(error).toBeNull();
    expect(output.authors).toEqual(['Jane Doe']);
    expect(output.text).toContain('Some long enough sentence');
  });

  it('turns a throw into an empty output and the error text', async () => {
    const { output, error } = await safeExtract(async () => {
      throw new Error('boom');
    }, '', null);
    expect(output).toEqual({ title: null, authors: [], published: null, text: '' });
    expect(error).toBe('Error: boom');
  });

  it('says why extractArticle cannot be loaded', async () => {
    const missing = await loadExtractArticle('/nonexistent/extract-article.ts');
    expect(missing).toEqual({ ok: false, reason: expect.stringContaining('does not exist') });
    expect((await loadCandidate('readability-jsdom')).ok).toBe(true);
  });
});

describe('summary', () => {
  it('marks targets pass, FAIL or n/a (no candidate)', () => {
    const score = (f1: number, precision = f1) => ({ precision, recall: f1, f1, precisionPages: 1, recallPages: 1 });
    const body = { pages: 88, candidate: score(0.98, 0.9), baseline: score(0.951, 0.923), errors: 0, perPage: [] };
    const rows = summaryRows(body, null, null);
    expect(rows.map((r) => [r.metric.split(' (')[0], r.status])).toEqual([
      ['body F1', 'pass'],
      ['body precision', 'FAIL'],
      ['body recall', 'info'],
    ]);
    expect(summaryRows({ ...body, candidate: null }, null, null).map((r) => r.status)).toEqual(['n/a', 'n/a', 'n/a']);
  });
});

describe('lib', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes a stamped and a latest JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
    dirs.push(dir);
    const date = new Date('2025-06-01T12:30:05.123Z');
    const paths = writeResults('extract', { a: 1 }, dir, date);
    expect(readdirSync(dir).sort()).toEqual(['extract-2025-06-01T12-30-05.123Z.json', 'extract-latest.json']);
    expect(JSON.parse(readFileSync(paths.latest, 'utf8'))).toEqual({ a: 1 });
    expect(fileTimestamp(date)).not.toContain(':');
  });

  it('prints an aligned table', () => {
    expect(formatTable(['metric', 'value'], [['body F1', '0.951'], ['speed', null]])).toBe(
      ['metric   value', '-------  -----', 'body F1  0.951', 'speed    –'].join('\n'),
    );
  });
});
