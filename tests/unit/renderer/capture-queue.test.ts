import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import type { CaptureOutcome, ClippingSummary } from '../../../shared/domain/clipping';
import { runCaptureQueue, summarize, type ItemReport } from '../../../renderer/src/add/capture-queue';
import { isOnlyUrls, parseUrlList, urlsFromDataTransfer } from '../../../renderer/src/add/parse-urls';

const summary = (id: number, title: string) => ({ id, title }) as ClippingSummary;
const created = (id: number): CaptureOutcome => ({ status: 'created', clipping: summary(id, `Story ${id}`), imagesSkipped: 0 });

describe('runCaptureQueue', () => {
  it('reports each item: clipped, already in the library, or failed with the reason, and goes on after failures', async () => {
    const capture = async (url: string): Promise<CaptureOutcome> => {
      if (url.endsWith('/gone')) throw new ApiError('not_found', 'The page at example.org/gone was not found (HTTP 404).');
      if (url.endsWith('/again')) return { status: 'duplicate', existing: summary(7, 'Red necktie'), match: 'url' };
      return created(Number(url.split('/').at(-1)));
    };
    const reports = await runCaptureQueue(
      ['https://example.org/1', 'https://example.org/gone', 'https://example.org/again', 'https://example.org/4'],
      (url) => url,
      capture,
      (error) => (error as Error).message,
    );
    expect(reports.map((report) => [report.state, report.clippingId])).toEqual([
      ['created', 1],
      ['failed', null],
      ['duplicate', 7],
      ['created', 4],
    ]);
    expect(reports[1]!.message).toMatch(/HTTP 404/);
    expect(reports[2]!.message).toMatch(/same address.*Red necktie/);
    expect(summarize(reports)).toMatchObject({ created: 2, failed: 1, duplicate: 1, waiting: 0, working: 0 });
  });

  it('keeps at most `concurrency` captures in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const capture = async (n: number) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return created(n);
    };
    await runCaptureQueue([1, 2, 3, 4, 5, 6], String, capture, String, { concurrency: 2 });
    expect(most).toBe(2);
  });

  it('cancelling stops items not yet started; those in flight finish and are reported', async () => {
    const controller = new AbortController();
    const updates: ItemReport[][] = [];
    const capture = async (n: number) => {
      if (n === 2) controller.abort();
      await new Promise((resolve) => setTimeout(resolve, 2));
      return created(n);
    };
    const reports = await runCaptureQueue([1, 2, 3, 4, 5], String, capture, String, {
      concurrency: 1,
      signal: controller.signal,
      onUpdate: (next) => updates.push(next),
    });
    expect(reports.map((report) => report.state)).toEqual(['created', 'created', 'cancelled', 'cancelled', 'cancelled']);
    expect(updates[0]!.every((report) => report.state === 'waiting')).toBe(true);
  });
});

describe('parseUrlList', () => {
  it('takes one address per line or separated by spaces, skipping comments, repeats and non-web text', () => {
    const { urls, rest } = parseUrlList(
      '# KCNA coverage\nhttps://a.example/1\n\nhttps://a.example/2, <https://a.example/3>\nhttps://a.example/1\njavascript:alert(1) notes',
    );
    expect(urls).toEqual(['https://a.example/1', 'https://a.example/2', 'https://a.example/3']);
    expect(rest).toEqual(['javascript:alert(1)', 'notes']);
  });

  it('knows a pasted link from pasted prose', () => {
    expect(isOnlyUrls('  https://koreajoongangdaily.joins.com/news/2025-03-31/a  ')).toBe(true);
    expect(isOnlyUrls('See https://example.org for more')).toBe(false);
    expect(isOnlyUrls('')).toBe(false);
  });

  it('reads a dropped link from text/uri-list, else from plain text that is only links', () => {
    const drop = (types: Record<string, string>) => ({ getData: (type: string) => types[type] ?? '' });
    expect(urlsFromDataTransfer(drop({ 'text/uri-list': '# comment\r\nhttps://a.example/x\r\n' }))).toEqual(['https://a.example/x']);
    expect(urlsFromDataTransfer(drop({ 'text/plain': 'https://a.example/y' }))).toEqual(['https://a.example/y']);
    expect(urlsFromDataTransfer(drop({ 'text/plain': 'some dragged words' }))).toEqual([]);
  });
});
